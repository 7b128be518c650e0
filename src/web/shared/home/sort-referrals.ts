import type { ReferralSummary } from '../api/api-types.ts';
import { activeStates } from '../format/referral-state.ts';

/** Work still open comes first, the nearest deadline (or most overdue) at the top; finished work follows, newest first. */
export function sortForWork(referrals: readonly ReferralSummary[]): ReferralSummary[] {
  const open = (r: ReferralSummary) => activeStates.includes(r.state);
  return [...referrals].sort((a, b) => {
    if (open(a) !== open(b)) return open(a) ? -1 : 1;
    if (open(a)) {
      const left = a.daysLeft ?? Number.POSITIVE_INFINITY;
      const right = b.daysLeft ?? Number.POSITIVE_INFINITY;
      if (left !== right) return left - right;
    }
    return b.updatedAt.localeCompare(a.updatedAt);
  });
}
