import type { Outcome } from '../../domain/criteria/outcomes.ts';
import type { QaDecision, ReferralRoute } from '../../domain/referral/index.ts';
import type { ReferralState } from '../../domain/workflow/index.ts';
import type { PartnershipProfile } from '../../config/profile/profile-schema.ts';
import type { ReferralRecord } from '../ports/referral-repository.ts';
import type { ReviewerDirectory } from '../ports/reviewer-directory.ts';
import { contentOf } from '../referrals/referral-content.ts';
import { daysLeftOf } from '../referrals/referral-deadline.ts';
import type { ReferralView } from '../referrals/referral-view.ts';
import { londonToday } from './london-today.ts';

/**
 * What a Teams card may show about a referral: reference, agency, route, the check's outcome, dates
 * and people. Never the form's content about the child.
 */
export interface ReferralCardFacts {
  readonly tenantId: string;
  readonly id: string;
  readonly reference: string;
  readonly state: ReferralState;
  readonly version: number;
  readonly agencyName: string | null;
  readonly route: ReferralRoute | null;
  readonly outcome: Outcome | null;
  readonly ownerId: string;
  readonly reviewerId: string | null;
  /** The PRSG member's name as the profile (directory) has it. */
  readonly reviewerName: string | null;
  readonly submittedAt: string | null;
  readonly decidedAt: string | null;
  readonly sentAt: string | null;
  readonly dueBy: string | null;
  readonly daysLeft: number | null;
  /** The latest QA decision: comments when returned, the reason when declined. */
  readonly lastDecision: QaDecision | null;
}

interface FactSources {
  readonly tenantId: string;
  readonly id: string;
  readonly reference: string;
  readonly state: ReferralState;
  readonly version: number;
  readonly agencyId: string;
  readonly route: ReferralRoute | null;
  readonly outcome: Outcome | null;
  readonly ownerId: string;
  readonly reviewerId: string | null;
  readonly submittedAt: string | null;
  readonly decidedAt: string | null;
  readonly sentAt: string | null;
  readonly dueBy: string | null;
  readonly qaDecisions: readonly QaDecision[];
}

export interface CardFactsContext {
  readonly profile: PartnershipProfile;
  readonly directory: ReviewerDirectory;
  readonly now: Date;
}

async function factsFrom(sources: FactSources, { profile, directory, now }: CardFactsContext) {
  const reviewer = sources.reviewerId
    ? await directory.findReviewer(sources.tenantId, sources.reviewerId)
    : undefined;
  const { agencyId, qaDecisions, ...rest } = sources;
  const facts: ReferralCardFacts = {
    ...rest,
    agencyName: profile.agencies.find((a) => a.id === agencyId)?.name ?? null,
    reviewerName: reviewer?.displayName ?? null,
    daysLeft: daysLeftOf(sources.dueBy, londonToday(now), profile),
    lastDecision: qaDecisions.at(-1) ?? null,
  };
  return facts;
}

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

export function cardFactsOf(record: ReferralRecord, context: CardFactsContext): Promise<ReferralCardFacts> {
  const content = contentOf(record);
  return factsFrom(
    {
      tenantId: record.tenantId,
      id: record.id,
      reference: record.reference,
      state: record.state,
      version: record.version,
      agencyId: record.agencyId,
      route: content.form.route ?? null,
      outcome: content.assessment?.outcome ?? null,
      ownerId: record.ownerId,
      reviewerId: record.reviewerId,
      submittedAt: iso(record.submittedAt),
      decidedAt: iso(record.decidedAt),
      sentAt: iso(record.sentAt),
      dueBy: record.dueBy,
      qaDecisions: content.qaDecisions,
    },
    context,
  );
}

/** The same facts from the view a use case answered with, so a card needs no second read. */
export function cardFactsOfView(
  view: ReferralView,
  tenantId: string,
  context: CardFactsContext,
): Promise<ReferralCardFacts> {
  return factsFrom(
    {
      tenantId,
      id: view.id,
      reference: view.reference,
      state: view.state,
      version: view.version,
      agencyId: view.agencyId,
      route: view.form.route ?? null,
      outcome: view.assessment?.outcome ?? null,
      ownerId: view.ownerId,
      reviewerId: view.reviewerId,
      submittedAt: view.submittedAt,
      decidedAt: view.decidedAt,
      sentAt: view.sentAt,
      dueBy: view.dueBy,
      qaDecisions: view.qaDecisions,
    },
    context,
  );
}
