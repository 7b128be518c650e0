import { isMailTransportError } from '../ports/mail-transport.ts';
import type { DeliveryRun } from './delivery-run.ts';
import type { StepResult } from './delivery-step.ts';
import { markDeliverySent } from './mark-delivery-sent.ts';

/** Refused before the service processed it: the draft was certainly not sent. */
const refusedUnprocessed = new Set(['throttled', 'unauthorized']);

/**
 * Sends the recorded draft. "Send unconfirmed" is recorded first, so a run that dies during the
 * request leaves a state that says: look before sending again. After 202 Accepted the message is
 * looked at again; the sent copy can take a moment to appear.
 */
export async function requestSend(run: DeliveryRun, messageId: string): Promise<StepResult> {
  const { transport, clock } = run.deps;
  await run.checkLease();
  const requested = await run.update({
    state: 'send_unconfirmed',
    messageId,
    sendRequestedAt: clock.now(),
    sendAcceptedAt: null,
  });
  try {
    await transport.send(messageId);
  } catch (error) {
    if (isMailTransportError(error) && refusedUnprocessed.has(error.kind)) {
      await run.update({ state: 'draft_created', sendRequestedAt: null });
      throw error;
    }
    // No answer, a server error, not found, refused: it may have gone. Reconcile before anything else.
    if (isMailTransportError(error) && error.kind !== 'rejected') return { next: requested };
    throw error;
  }
  await run.update({ sendAcceptedAt: clock.now() });
  await run.checkLease();
  const seen = await transport.getMessage(messageId);
  if (seen && !seen.isDraft) return { next: await markDeliverySent(run, seen) };
  return { wait: { reason: 'awaiting_sent_copy' } };
}
