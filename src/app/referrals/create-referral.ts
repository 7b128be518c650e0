import { z } from 'zod';
import { londonDate } from '../../domain/calendar/calendar-date.ts';
import type { Outcome } from '../../domain/criteria/outcomes.ts';
import type { ReferralDraft, ReferralRoute } from '../../domain/referral/index.ts';
import { assessCase } from '../assessments/assess-case.ts';
import { assessCaseInputSchema, type AssessCaseInput } from '../assessments/assess-case-input.ts';
import type { Principal } from '../auth/principal.ts';
import type { ReferralContent } from './referral-content.ts';
import { dueByOf } from './referral-deadline.ts';
import type { ReferralDeps } from './referral-deps.ts';
import { toView, type ReferralView } from './referral-view.ts';

export const createReferralInputSchema = z.strictObject({ assessment: assessCaseInputSchema.optional() });
export type CreateReferralInput = z.infer<typeof createReferralInputSchema>;

const routeForOutcome: Partial<Record<Outcome, ReferralRoute>> = {
  must_refer: 'serious_incident',
  discuss_first: 'serious_incident',
  may_refer: 'practice_concern',
  consider_sgor: 'sgor',
};

/** Starts a draft, optionally from a criteria check (route and dates filled in), with a new reference. */
export async function createReferral(
  deps: ReferralDeps,
  principal: Principal,
  input: CreateReferralInput,
): Promise<ReferralView> {
  const now = deps.clock.now();
  const content = initialContent(principal, input.assessment, deps, now);
  const record = await deps.store.transaction(async (tx) => {
    const year = Number(londonDate(now).slice(0, 4));
    const sequence = await tx.references.next(principal.tenantId, deps.profile.referencePrefix, year);
    const created = await tx.referrals.insert({
      id: crypto.randomUUID(),
      tenantId: principal.tenantId,
      reference: `${deps.profile.referencePrefix}-${year}-${String(sequence).padStart(4, '0')}`,
      state: 'draft',
      ownerId: principal.userId,
      agencyId: content.form.referrer?.agencyId ?? '',
      reviewerId: null,
      dueBy: dueByOf(content.form, deps.profile),
      createdAt: now,
      updatedAt: now,
      submittedAt: null,
      decidedAt: null,
      sentAt: null,
      content,
    });
    await tx.audit.append({
      tenantId: principal.tenantId,
      at: now,
      actorId: principal.userId,
      action: 'referral.created',
      referralId: created.id,
      details: { reference: created.reference, fromAssessment: content.assessment?.outcome ?? null },
    });
    return created;
  });
  return toView(record, principal, deps.profile, now);
}

function initialContent(
  principal: Principal,
  assessment: AssessCaseInput | undefined,
  deps: ReferralDeps,
  now: Date,
): ReferralContent {
  const agencyId = deps.profile.agencies.some((a) => a.id === principal.agencyId)
    ? principal.agencyId
    : undefined;
  const referrer = { name: principal.displayName, email: principal.email, ...(agencyId ? { agencyId } : {}) };
  if (!assessment) return { form: { referrer }, qaDecisions: [] };
  const result = assessCase(assessment, { profile: deps.profile, now });
  const route = routeForOutcome[result.outcome];
  const { event, abuseOrNeglect } = assessment.answers;
  const form: ReferralDraft = {
    ...(route ? { route, suggestedRoute: route } : {}),
    referrer,
    dates: {
      ...(assessment.incidentDate ? { incidentDate: assessment.incidentDate } : {}),
      ...(assessment.awarenessDate ? { awarenessDate: assessment.awarenessDate } : {}),
    },
    incident: {
      outcome: event === 'died' || event === 'seriously_harmed' ? event : 'other',
      ...(abuseOrNeglect === 'unsure' ? {} : { abuseOrNeglect }),
    },
  };
  return { form, qaDecisions: [], assessment: { outcome: result.outcome, reasons: [...result.reasons] } };
}
