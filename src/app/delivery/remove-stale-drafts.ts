import { isMailTransportError, type MailTransport } from '../ports/mail-transport.ts';

/**
 * Once the referral is sent, any other tagged draft (left by a run that died mid-upload, or lost a
 * race) can never be sent, and only holds a copy of the referral: remove it. Best effort.
 */
export async function removeStaleDrafts(
  transport: MailTransport,
  referralId: string,
  sentMessageId: string | null,
): Promise<void> {
  try {
    const tagged = await transport.findTagged(referralId);
    for (const message of tagged) {
      if (message.isDraft && message.id !== sentMessageId) await transport.deleteDraft(message.id);
    }
  } catch (error) {
    if (!isMailTransportError(error)) throw error;
  }
}
