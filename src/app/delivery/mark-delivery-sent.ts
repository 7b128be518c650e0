import { jobKinds } from '../jobs/job-kinds.ts';
import type { DeliveryRecord } from '../ports/delivery-repository.ts';
import type { MailboxMessage } from '../ports/mail-transport.ts';
import type { StoreTransaction } from '../ports/store.ts';
import type { DeliveryDeps } from './delivery-deps.ts';
import { RunOvertakenError, type DeliveryRun } from './delivery-run.ts';
import { systemTransition } from './system-transition.ts';

/** The referral moves to `sent` (once; a repeat finds it sent and changes nothing). */
export async function confirmReferralSent(
  tx: StoreTransaction,
  deps: DeliveryDeps,
  delivery: DeliveryRecord,
  now: Date,
): Promise<void> {
  const referral = await tx.referrals.findById(delivery.tenantId, delivery.referralId);
  if (referral?.state !== 'sending') return;
  await systemTransition(
    tx,
    referral,
    {
      action: 'confirm_sent',
      changes: { sentAt: delivery.sentAt ?? now },
      audit: { attempts: delivery.attempts, internetMessageId: delivery.internetMessageId },
      jobs: [jobKinds.notifySent],
    },
    now,
  );
}

/** The mailbox shows the message as sent: record it and move the referral to `sent`, together. */
export async function markDeliverySent(run: DeliveryRun, message: MailboxMessage): Promise<DeliveryRecord> {
  const { deps, referral, start } = run;
  const now = deps.clock.now();
  return deps.store.transaction(async (tx) => {
    const saved = await tx.deliveries.updateIfRun(referral.tenantId, referral.id, start.run, {
      state: 'sent',
      messageId: message.id,
      internetMessageId: message.internetMessageId,
      sentAt: now,
      lastError: null,
      updatedAt: now,
    });
    if (!saved) throw new RunOvertakenError('a later run began');
    await confirmReferralSent(tx, deps, saved, now);
    return saved;
  });
}
