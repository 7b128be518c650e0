import type { ReferralDraft } from '../../../domain/referral/draft/referral-draft-schema.ts';
import type { QaDecision } from '../../../domain/referral/qa-decision.ts';
import type { ReferralState } from '../../../domain/workflow/referral-states.ts';

/** The shapes the REST API answers with (docs/API.md), as the web clients read them. */

export type Capability = 'edit' | 'submit' | 'approve' | 'return' | 'decline' | 'withdraw' | 'retry_sending';

export interface ReferralSummary {
  readonly id: string;
  readonly reference: string;
  readonly state: ReferralState;
  readonly version: number;
  readonly agencyId: string;
  readonly route: string | null;
  readonly ownerId: string;
  readonly reviewerId: string | null;
  readonly dueBy: string | null;
  readonly daysLeft: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly submittedAt: string | null;
  readonly decidedAt: string | null;
  readonly sentAt: string | null;
}

export interface ReferralView extends ReferralSummary {
  readonly form: ReferralDraft;
  readonly qaDecisions: readonly QaDecision[];
  readonly assessment: { readonly outcome: string; readonly reasons: readonly string[] } | null;
  readonly capabilities: readonly Capability[];
}

export interface ReferralList {
  readonly view: string;
  readonly referrals: readonly ReferralSummary[];
}

export interface HistoryEvent {
  readonly seq: number;
  readonly at: string;
  readonly action: string;
  readonly actorId: string;
  readonly details: Readonly<Record<string, unknown>>;
}

export interface Me {
  readonly userId: string;
  readonly displayName: string;
  readonly email: string;
  readonly roles: readonly string[];
  readonly agencyId: string | null;
  readonly partnership: { readonly name: string; readonly shortName: string; readonly qaRoleName: string };
}

export interface Reviewer {
  readonly userId: string;
  readonly displayName: string;
  readonly email: string;
  readonly agencyId: string;
}

export interface OutcomeWording {
  readonly title: string;
  readonly summary: string;
  readonly nextSteps: readonly string[];
}

export interface Profile {
  readonly name: string;
  readonly shortName: string;
  readonly mailbox: string;
  readonly website: string;
  readonly qaRoleName: string;
  readonly securityMarking: string;
  readonly deadline: {
    readonly days: number;
    readonly dayKind: 'working' | 'calendar';
    readonly clockStart: 'incident' | 'awareness';
  };
  readonly rapidReviewWorkingDays: number;
  readonly agencies: readonly { readonly id: string; readonly name: string }[];
  readonly reviewTypes: readonly string[];
  readonly outcomes: Readonly<Record<string, OutcomeWording>>;
  readonly guidance: {
    readonly seriousHarm: string;
    readonly dataMinimisation: string;
    readonly links: readonly { readonly title: string; readonly url: string }[];
  };
  readonly contacts: readonly { readonly label: string; readonly email?: string; readonly phone?: string }[];
}

export interface AssessmentResult {
  readonly outcome: string;
  readonly reasons: readonly string[];
  readonly nextSteps: readonly string[];
  readonly dueBy?: string;
}

export interface Timeliness {
  readonly months: readonly { readonly month: string; readonly sent: number; readonly onTime: number }[];
  readonly medianWorkingDaysToSend: number | null;
}

/** `GET /api/client-config`: public, read before sign-in. */
export interface ClientConfig {
  readonly clientId: string | null;
  readonly tenantId: string | null;
  readonly apiScope?: string | null;
  /** Entra ID sign-in host; the public cloud's when the service does not say. */
  readonly authorityHost?: string | null;
  readonly devMode: boolean;
}
