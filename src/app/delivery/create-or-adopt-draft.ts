import { composeReferralEmail } from './compose-referral-email.ts';
import type { DeliveryRun } from './delivery-run.ts';
import { byCreatedThenId, type StepResult } from './delivery-step.ts';
import { markDeliverySent } from './mark-delivery-sent.ts';

/**
 * State `creating`: first look in the mailbox for what an earlier run left. A tagged message already
 * sent means the referral went; a complete tagged draft is adopted. Only when there is neither is a
 * new draft made, and its id recorded before anyone asks to send it.
 */
export async function createOrAdoptDraft(run: DeliveryRun): Promise<StepResult> {
  const { transport } = run.deps;
  await run.checkLease();
  const found = await transport.findTagged(run.referral.id);
  const sent = found.find((m) => !m.isDraft);
  const adopted = sent ?? found.filter((m) => m.complete).sort(byCreatedThenId)[0];
  for (const message of found) if (message.id !== adopted?.id) run.staleDrafts.add(message.id);
  if (sent) return { next: await markDeliverySent(run, sent) };
  const draft =
    adopted ??
    (await transport.createDraft(await composeReferralEmail(run.deps, run.referral), {
      beforeEachRequest: () => run.checkLease(),
    }));
  return {
    next: await run.update({
      state: 'draft_created',
      messageId: draft.id,
      internetMessageId: draft.internetMessageId,
    }),
  };
}
