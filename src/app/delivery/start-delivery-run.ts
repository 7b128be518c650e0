import type { DeliveryRecord } from '../ports/delivery-repository.ts';
import type { ReferralRecord } from '../ports/referral-repository.ts';
import type { DeliveryDeps } from './delivery-deps.ts';
import { systemTransition } from './system-transition.ts';

export type RunStart =
  | { readonly kind: 'run'; readonly referral: ReferralRecord; readonly delivery: DeliveryRecord }
  /** Sent already; its delivery record, if any, to tidy up after. */
  | { readonly kind: 'sent'; readonly delivery: DeliveryRecord | undefined }
  /** Purged, failed (a retry queues a new job) or never approved: nothing to deliver. */
  | { readonly kind: 'nothing' };

/** Set by a run that found neither the message nor its sent copy: only a person may decide to send again. */
export const messageMissing = 'message_missing';

/**
 * In one transaction: an approved referral moves to `sending` and starts a new round of attempts
 * (carrying on from whatever the mailbox already holds); then this run takes the next fence number.
 */
export async function startDeliveryRun(
  deps: DeliveryDeps,
  tenantId: string,
  referralId: string,
): Promise<RunStart> {
  const now = deps.clock.now();
  return deps.store.transaction(async (tx): Promise<RunStart> => {
    let referral = await tx.referrals.findById(tenantId, referralId);
    if (!referral) return { kind: 'nothing' };
    if (referral.state === 'sent')
      return { kind: 'sent', delivery: await tx.deliveries.find(tenantId, referralId) };
    if (referral.state !== 'approved' && referral.state !== 'sending') return { kind: 'nothing' };
    const delivery = await tx.deliveries.open(tenantId, referralId, now);
    if (referral.state === 'approved') {
      const missing = delivery.lastError === messageMissing;
      await tx.deliveries.updateIfRun(tenantId, referralId, delivery.run, {
        attempts: 0,
        sendAcceptedAt: null,
        lastError: null,
        // The partnership asked to send again knowing the earlier message could not be found.
        ...(missing
          ? { state: 'creating', messageId: null, internetMessageId: null, sendRequestedAt: null }
          : {}),
        updatedAt: now,
      });
      referral = await systemTransition(
        tx,
        referral,
        { action: 'start_sending', audit: { round: delivery.run === 0 ? 'first' : 'retry' } },
        now,
      );
    }
    const started = await tx.deliveries.beginRun(tenantId, referralId, now);
    if (!started) throw new Error('delivery row missing');
    return { kind: 'run', referral, delivery: started };
  });
}
