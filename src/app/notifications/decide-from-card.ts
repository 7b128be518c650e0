import type { Principal } from '../auth/principal.ts';
import { decideReferral } from '../referrals/decide-referral.ts';
import type { ReferralDeps } from '../referrals/referral-deps.ts';
import { cardFactsOfView, type ReferralCardFacts } from './card-facts.ts';

export type CardDecision = 'approve' | 'return' | 'decline';

/**
 * A PRSG member's decision from an approval card. The card names the submission it was sent for: a
 * card from an earlier submission (returned, then sent again with changes) decides nothing, so nobody
 * approves a version they have not seen. Who may decide, and repeats, are decideReferral's to judge.
 */
export async function decideFromCard(
  deps: ReferralDeps,
  principal: Principal,
  id: string,
  decision: CardDecision,
  comments: string | undefined,
  cardSubmittedAt: string,
): Promise<ReferralCardFacts> {
  const view = await decideReferral(deps, principal, id, decision, comments, {
    forSubmittedAt: cardSubmittedAt,
  });
  return cardFactsOfView(view, principal.tenantId, {
    profile: deps.profile,
    directory: deps.directory,
    now: deps.clock.now(),
  });
}
