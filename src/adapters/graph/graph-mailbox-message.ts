import type { MailboxMessage } from '../../app/ports/mail-transport.ts';
import { MailTransportError } from '../../app/ports/mail-transport.ts';

/** The properties the protocol reads; ask for only these. */
export const messageSelect = 'id,isDraft,hasAttachments,internetMessageId,createdDateTime';

interface GraphMessageFields {
  readonly id?: unknown;
  readonly isDraft?: unknown;
  readonly hasAttachments?: unknown;
  readonly internetMessageId?: unknown;
  readonly createdDateTime?: unknown;
}

/**
 * Every message this transport creates carries an attachment, so a draft without one is a draft whose
 * upload never finished.
 */
export function mailboxMessageOf(value: unknown): MailboxMessage {
  const m = (value ?? {}) as GraphMessageFields;
  if (typeof m.id !== 'string' || typeof m.isDraft !== 'boolean') {
    throw new MailTransportError('unavailable', 'unexpected_response');
  }
  return {
    id: m.id,
    isDraft: m.isDraft,
    complete: m.hasAttachments === true,
    internetMessageId: typeof m.internetMessageId === 'string' ? m.internetMessageId : null,
    createdAt: new Date(typeof m.createdDateTime === 'string' ? m.createdDateTime : 0),
  };
}
