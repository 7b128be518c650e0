import type { Principal } from '../auth/principal.ts';
import type { Reviewer } from '../ports/reviewer-directory.ts';
import type { ReferralDeps } from './referral-deps.ts';

/** The PRSG members a referrer may choose: those of the given agency (or all), never the referrer. */
export async function listReviewers(
  deps: Pick<ReferralDeps, 'directory'>,
  principal: Principal,
  agencyId: string | undefined,
): Promise<Reviewer[]> {
  const reviewers = await deps.directory.listReviewers(principal.tenantId, agencyId);
  return reviewers.filter((r) => r.userId !== principal.userId);
}
