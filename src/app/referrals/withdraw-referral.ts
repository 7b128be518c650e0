import { z } from 'zod';
import type { Principal } from '../auth/principal.ts';
import { jobKinds } from '../jobs/job-kinds.ts';
import { performTransition } from './perform-transition.ts';
import type { ReferralDeps } from './referral-deps.ts';
import type { ReferralView } from './referral-view.ts';

export const withdrawReferralInputSchema = z.strictObject({});

/** The referrer withdraws a referral not yet approved; a PRSG member who had it is told. */
export function withdrawReferral(
  deps: ReferralDeps,
  principal: Principal,
  id: string,
): Promise<ReferralView> {
  return performTransition(deps, principal, {
    id,
    action: 'withdraw',
    actor: 'referrer',
    alreadyDone: (record) => record.state === 'withdrawn',
    plan: (record) => ({
      changes: {},
      audit: {},
      jobs: record.reviewerId ? [jobKinds.notifyWithdrawn] : [],
    }),
  });
}
