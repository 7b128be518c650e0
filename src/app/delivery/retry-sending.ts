import { z } from 'zod';
import type { Principal } from '../auth/principal.ts';
import { jobKinds } from '../jobs/job-kinds.ts';
import { performTransition } from '../referrals/perform-transition.ts';
import type { ReferralDeps } from '../referrals/referral-deps.ts';
import type { ReferralView } from '../referrals/referral-view.ts';

export const retrySendingInputSchema = z.strictObject({});

/**
 * The partnership business unit asks for another attempt after a failed delivery: `send_failed` →
 * `approved`, with a new delivery job. The delivery carries on from what the mailbox already holds,
 * so a message that did go after all is found, not sent twice.
 */
export function retrySending(deps: ReferralDeps, principal: Principal, id: string): Promise<ReferralView> {
  return performTransition(deps, principal, {
    id,
    action: 'retry_sending',
    actor: 'partnership',
    // Already on its way again (or never failed yet): answer as done.
    alreadyDone: (record) => record.state === 'approved' || record.state === 'sending',
    plan: () => ({ changes: {}, audit: {}, jobs: [jobKinds.deliverReferral] }),
  });
}
