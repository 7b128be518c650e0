import type { DeliveryRecord } from '../ports/delivery-repository.ts';
import type { MailboxMessage } from '../ports/mail-transport.ts';
import type { DeliveryRun } from './delivery-run.ts';

export interface LookUp {
  /** Any tagged message the mailbox shows as sent. */
  readonly sent?: MailboxMessage;
  /** The recorded message, still a draft. */
  readonly draft?: MailboxMessage;
}

/**
 * Where the recorded message is now: by id first (an immutable id survives the move to Sent Items),
 * then by tag across the whole mailbox, so that a sent copy under another id is found too.
 */
export async function lookUpMessage(run: DeliveryRun, delivery: DeliveryRecord): Promise<LookUp> {
  const { transport } = run.deps;
  const messageId = delivery.messageId ?? '';
  await run.checkLease();
  const byId = messageId ? await transport.getMessage(messageId) : undefined;
  if (byId && !byId.isDraft) return { sent: byId };
  await run.checkLease();
  const tagged = await transport.findTagged(run.referral.id);
  const sent = tagged.find((m) => !m.isDraft);
  if (sent) return { sent };
  for (const message of tagged) if (message.id !== messageId) run.staleDrafts.add(message.id);
  const draft = byId ?? tagged.find((m) => m.id === messageId);
  return draft ? { draft } : {};
}
