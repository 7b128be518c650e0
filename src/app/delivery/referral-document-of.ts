import type { PartnershipProfile } from '../../config/profile/profile-schema.ts';
import { londonDate } from '../../domain/calendar/calendar-date.ts';
import { AppError } from '../../domain/errors/index.ts';
import { checkReadyToSubmit } from '../../domain/referral/index.ts';
import type { ReferralRecord } from '../ports/referral-repository.ts';
import type { ReferralDocument } from '../ports/referral-document-renderer.ts';
import type { ReferralContent } from '../referrals/referral-content.ts';

/**
 * What the PDF shows. The form is the complete referral only once it passes the ready check (it is
 * stored checked from submission on); a draft that does not is refused with its field errors.
 */
export function referralDocumentOf(
  record: ReferralRecord,
  content: ReferralContent,
  profile: PartnershipProfile,
  now: Date,
): ReferralDocument {
  const ready = checkReadyToSubmit(content.form, {
    today: londonDate(now),
    agencyIds: profile.agencies.map((a) => a.id),
  });
  if (!ready.ready) throw new AppError('NOT_READY_TO_SUBMIT', undefined, { fields: ready.errors });
  return {
    reference: record.reference,
    securityMarking: profile.securityMarking,
    partnershipName: profile.name,
    qaRoleName: profile.qaRoleName,
    agencyNames: Object.fromEntries(profile.agencies.map((a) => [a.id, a.name])),
    referral: ready.referral,
    submittedAt: record.submittedAt ?? undefined,
    qaDecisions: content.qaDecisions,
    dueBy: record.dueBy ?? undefined,
    generatedAt: now,
  };
}
