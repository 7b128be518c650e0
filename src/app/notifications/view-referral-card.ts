import type { Principal } from '../auth/principal.ts';
import { requireReadable } from '../referrals/referral-access.ts';
import type { ReferralDeps } from '../referrals/referral-deps.ts';
import { cardFactsOf, type ReferralCardFacts } from './card-facts.ts';
import type { CardViews } from './card-views.ts';
import { londonToday } from './london-today.ts';

/**
 * A person opens (or Teams refreshes) a card about a referral: what they may see of it now. Anyone
 * else gets NOT_FOUND. The view is audited: the first of each version per person per day.
 */
export async function viewReferralCard(
  deps: ReferralDeps & { readonly cardViews: CardViews },
  principal: Principal,
  id: string,
): Promise<ReferralCardFacts> {
  const now = deps.clock.now();
  const record = requireReadable(principal, await deps.store.referrals.findById(principal.tenantId, id));
  if (
    deps.cardViews.firstToday(
      principal.tenantId,
      principal.userId,
      record.id,
      record.version,
      londonToday(now),
    )
  ) {
    await deps.store.audit.append({
      tenantId: principal.tenantId,
      at: now,
      actorId: principal.userId,
      action: 'referral.card_viewed',
      referralId: record.id,
      details: { version: record.version, state: record.state },
    });
  }
  return cardFactsOf(record, { profile: deps.profile, directory: deps.directory, now });
}
