import { z } from 'zod';
import { londonDate } from '../../domain/calendar/calendar-date.ts';
import { AppError } from '../../domain/errors/index.ts';
import { checkReadyToSubmit, referralAsDraft } from '../../domain/referral/index.ts';
import type { Principal } from '../auth/principal.ts';
import { jobKinds } from '../jobs/job-kinds.ts';
import { performTransition } from './perform-transition.ts';
import { dueByOf } from './referral-deadline.ts';
import type { ReferralDeps } from './referral-deps.ts';
import type { ReferralView } from './referral-view.ts';

export const submitReferralInputSchema = z.strictObject({ reviewerId: z.string().trim().min(1).max(64) });
export type SubmitReferralInput = z.infer<typeof submitReferralInputSchema>;

/**
 * Sends a complete referral to a PRSG member of the referrer's agency (never the referrer) for QA,
 * and queues the approval card for them.
 */
export function submitReferral(
  deps: ReferralDeps,
  principal: Principal,
  id: string,
  { reviewerId }: SubmitReferralInput,
): Promise<ReferralView> {
  return performTransition(deps, principal, {
    id,
    action: 'submit',
    actor: 'referrer',
    alreadyDone: (record) => record.state === 'submitted' && record.reviewerId === reviewerId,
    async plan(record, content, now) {
      const ready = checkReadyToSubmit(content.form, {
        today: londonDate(now),
        agencyIds: deps.profile.agencies.map((a) => a.id),
      });
      if (!ready.ready) throw new AppError('NOT_READY_TO_SUBMIT', undefined, { fields: ready.errors });
      const reviewer = await deps.directory.findReviewer(principal.tenantId, reviewerId);
      if (
        !reviewer ||
        reviewer.agencyId !== ready.referral.referrer.agencyId ||
        reviewerId === record.ownerId
      ) {
        throw new AppError('REVIEWER_INVALID', undefined, {
          fields: [
            {
              path: 'reviewerId',
              message: `choose a ${deps.profile.qaRoleName} for your agency other than yourself`,
            },
          ],
        });
      }
      return {
        // The checked form is stored: trimmed, normalised, and without answers to branches not taken.
        changes: {
          content: { ...content, form: referralAsDraft(ready.referral) },
          reviewerId,
          agencyId: ready.referral.referrer.agencyId,
          dueBy: dueByOf(referralAsDraft(ready.referral), deps.profile),
          submittedAt: now,
        },
        audit: { reviewerId },
        jobs: [jobKinds.notifyReviewRequested],
      };
    },
  });
}
