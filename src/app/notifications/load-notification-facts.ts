import type { ReferralDeps } from '../referrals/referral-deps.ts';
import { cardFactsOf, type ReferralCardFacts } from './card-facts.ts';

/**
 * The system reads a referral to tell the people on it what happened; `undefined` once it has been
 * purged. Only what a card may show leaves this function.
 */
export async function loadNotificationFacts(
  deps: ReferralDeps,
  tenantId: string,
  id: string,
): Promise<ReferralCardFacts | undefined> {
  const record = await deps.store.referrals.findById(tenantId, id);
  return (
    record && cardFactsOf(record, { profile: deps.profile, directory: deps.directory, now: deps.clock.now() })
  );
}
