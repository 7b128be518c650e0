import type { DeliveryRecord } from '../ports/delivery-repository.ts';
import { PermanentDeliveryError, type DeliveryRun } from './delivery-run.ts';
import type { StepResult } from './delivery-step.ts';
import { lookUpMessage } from './look-up-message.ts';
import { markDeliverySent } from './mark-delivery-sent.ts';
import { requestSend } from './request-send.ts';
import { messageMissing } from './start-delivery-run.ts';

/**
 * State `send_unconfirmed`: a send was asked for and nobody saw it go. Sent → done. Accepted (202)
 * but not yet seen as sent → wait, never send again. Still a draft once the grace period is over →
 * it never left: send it again. Gone without a sent copy → stop; only a person may decide to re-send.
 */
export async function reconcileSend(run: DeliveryRun, delivery: DeliveryRecord): Promise<StepResult> {
  const { transport, clock, options } = run.deps;
  const seen = await lookUpMessage(run, delivery);
  if (seen.sent) return { next: await markDeliverySent(run, seen.sent) };
  if (delivery.sendAcceptedAt) return { wait: { reason: 'awaiting_sent_copy' } };
  const requestedAt = delivery.sendRequestedAt?.getTime() ?? 0;
  const waitMs = transport.confirmsImmediately
    ? 0
    : requestedAt + options.unconfirmedSendGraceMs - clock.now().getTime();
  if (waitMs > 0) return { wait: { reason: 'send_unconfirmed', afterMs: waitMs } };
  if (!seen.draft) throw new PermanentDeliveryError(messageMissing);
  return requestSend(run, seen.draft.id);
}
