import type { Principal } from '../auth/principal.ts';
import { findReadableReferral } from './find-readable-referral.ts';
import type { ReferralDeps } from './referral-deps.ts';
import { toView, type ReferralView } from './referral-view.ts';

/** One referral, for those who may read it; every read is audited. */
export async function getReferral(
  deps: ReferralDeps,
  principal: Principal,
  id: string,
): Promise<ReferralView> {
  const now = deps.clock.now();
  const record = await deps.store.transaction((tx) => findReadableReferral(tx, principal, id, now));
  return toView(record, principal, deps.profile, now);
}
