import type { ReferralCardFacts } from '../../../app/notifications/card-facts.ts';
import { stateLabel } from '../cards/labels.ts';
import { referralCard } from '../cards/referral-card.ts';
import { DeliveryFailure } from '../connector/delivery-failure.ts';
import type { NotifierDeps } from './notifier-deps.ts';

/**
 * Brings every card sent about the referral up to its current state, each as its own recipient should
 * see it. Updating is idempotent, so a retried job simply does it again; cards already showing this
 * version are skipped, and a card Teams no longer has is forgotten.
 */
export async function updateReferralCards(deps: NotifierDeps, facts: ReferralCardFacts): Promise<number> {
  const cards = await deps.teams.cards.listForReferral(facts.tenantId, facts.id);
  let updated = 0;
  for (const sent of cards) {
    if (sent.renderedVersion >= facts.version) continue;
    const card = referralCard(facts, sent.userId, deps.cards);
    try {
      await deps.connector.update(sent, sent.activityId, {
        card,
        summary: `${facts.reference}: ${stateLabel(facts.state, deps.cards.profile.qaRoleName)}`,
      });
      await deps.teams.cards.markRendered(sent.id, facts.version, deps.referrals.clock.now());
      updated++;
    } catch (error) {
      if (!(error instanceof DeliveryFailure) || error.retryable) throw error;
      await deps.teams.cards.remove(sent.id);
      deps.logger.warn(
        { referralId: facts.id, status: error.status },
        'a Teams card could not be updated; forgotten',
      );
    }
  }
  return updated;
}
