import type { ReferralCardFacts } from '../../../app/notifications/card-facts.ts';
import type { NoticeKind } from '../../../app/notifications/notice-kinds.ts';
import { noticeWords } from '../cards/notice-words.ts';
import { referralCard } from '../cards/referral-card.ts';
import { DeliveryFailure } from '../connector/delivery-failure.ts';
import type { NotifierDeps } from './notifier-deps.ts';
import { resolveChat } from './resolve-chat.ts';

export interface NoticeDelivery {
  readonly facts: ReferralCardFacts;
  readonly kind: NoticeKind;
  readonly recipientId: string;
  /** Unique per event and recipient: the same key is never sent twice. */
  readonly deliveryKey: string;
}

export type DeliveryResult = 'sent' | 'already_done' | 'undeliverable';

/**
 * Sends one notice (a live card about the referral) once. `sending` is recorded before the call and
 * `sent` with the card after it, in one transaction. If the process dies between the Bot Connector's
 * answer and that transaction, the next attempt cannot know whether Teams showed the card and sends it
 * again (logged): at least once, by design, for a window of milliseconds.
 */
export async function deliverNotice(deps: NotifierDeps, notice: NoticeDelivery): Promise<DeliveryResult> {
  const { facts, recipientId } = notice;
  const key = { tenantId: facts.tenantId, key: notice.deliveryKey };
  const about = { referralId: facts.id, userId: recipientId };
  const log = deps.logger.child({ referralId: facts.id, notice: notice.kind });
  const now = () => deps.referrals.clock.now();

  const existing = await deps.teams.deliveries.find(key);
  if (existing && existing.state !== 'sending') return 'already_done';
  const chat = await resolveChat(deps, facts.tenantId, recipientId);
  if (!chat) {
    await deps.teams.deliveries.markUndeliverable(key, about, now());
    log.warn('no Teams chat with this person: notice not delivered');
    return 'undeliverable';
  }
  const begun = await deps.teams.deliveries.begin(key, about, now());
  if (!begun) return 'already_done';
  if (begun.attempts > 1)
    log.warn({ attempts: begun.attempts }, 'resending a notice whose last send had no known outcome');

  const words = noticeWords(notice.kind, facts.reference);
  const card = referralCard(facts, recipientId, deps.cards, {
    banner: words.banner,
    bannerIsWarning: words.warning,
  });
  try {
    const { activityId } = await deps.connector.send(chat, { card, summary: words.summary });
    await deps.teams.transaction(async (tx) => {
      await tx.deliveries.markSent(key, activityId, now());
      await tx.cards.add(
        {
          id: crypto.randomUUID(),
          tenantId: facts.tenantId,
          referralId: facts.id,
          userId: recipientId,
          conversationId: chat.conversationId,
          serviceUrl: chat.serviceUrl,
          activityId,
          renderedVersion: facts.version,
        },
        now(),
      );
    });
    return 'sent';
  } catch (error) {
    if (!(error instanceof DeliveryFailure)) throw error;
    // These answers mean Teams did not take the message: forget the attempt.
    if (error.kind !== 'transient') await deps.teams.deliveries.abandon(key);
    if (error.kind === 'gone')
      await deps.teams.conversations.forget(facts.tenantId, recipientId, chat.conversationId);
    if (error.kind === 'rejected') {
      await deps.teams.deliveries.markUndeliverable(key, about, now());
      log.error({ status: error.status }, 'the Bot Connector refused a notice');
      return 'undeliverable';
    }
    throw error;
  }
}
