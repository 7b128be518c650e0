import { londonDate } from '../../domain/calendar/calendar-date.ts';
import type { QaDecision, ReferralDraft } from '../../domain/referral/index.ts';
import {
  availableActions,
  editableStates,
  type ReferralState,
  type WorkflowAction,
} from '../../domain/workflow/index.ts';
import type { PartnershipProfile } from '../../config/profile/profile-schema.ts';
import type { Principal } from '../auth/principal.ts';
import type { ReferralRecord } from '../ports/referral-repository.ts';
import { actorsFor } from './referral-access.ts';
import { contentOf, type ReferralContent } from './referral-content.ts';
import { daysLeftOf } from './referral-deadline.ts';

/** What the person may do next: workflow actions, plus `edit` while the referrer may still change it. */
export type ReferralCapability = WorkflowAction | 'edit';

/** A list row: no form content, so lists never carry a child's details. */
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
  /** Working (or calendar, per profile) days left; negative once overdue. */
  readonly daysLeft: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly submittedAt: string | null;
  readonly decidedAt: string | null;
  readonly sentAt: string | null;
}

/** One referral in full, for those who may read it. */
export interface ReferralView extends ReferralSummary {
  readonly form: ReferralDraft;
  readonly qaDecisions: readonly QaDecision[];
  readonly assessment: ReferralContent['assessment'] | null;
  readonly capabilities: readonly ReferralCapability[];
}

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

export function toSummary(record: ReferralRecord, profile: PartnershipProfile, now: Date): ReferralSummary {
  return {
    id: record.id,
    reference: record.reference,
    state: record.state,
    version: record.version,
    agencyId: record.agencyId,
    route: contentOf(record).form.route ?? null,
    ownerId: record.ownerId,
    reviewerId: record.reviewerId,
    dueBy: record.dueBy,
    daysLeft: daysLeftOf(record.dueBy, londonDate(now), profile),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    submittedAt: iso(record.submittedAt),
    decidedAt: iso(record.decidedAt),
    sentAt: iso(record.sentAt),
  };
}

export function toView(
  record: ReferralRecord,
  principal: Principal,
  profile: PartnershipProfile,
  now: Date,
): ReferralView {
  const content = contentOf(record);
  const actors = actorsFor(principal, record);
  const capabilities: ReferralCapability[] = actors.flatMap((actor) => availableActions(record.state, actor));
  if (actors.includes('referrer') && editableStates.includes(record.state)) capabilities.unshift('edit');
  return {
    ...toSummary(record, profile, now),
    form: content.form,
    qaDecisions: content.qaDecisions,
    assessment: content.assessment ?? null,
    capabilities,
  };
}
