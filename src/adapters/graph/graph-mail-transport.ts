import type { MailboxMessage, MailTransport } from '../../app/ports/mail-transport.ts';
import { isMailTransportError } from '../../app/ports/mail-transport.ts';
import { createGraphHttp, type GraphTokenSource } from './graph-http.ts';
import { mailboxMessageOf, messageSelect } from './graph-mailbox-message.ts';
import { graphMessageBody } from './graph-message-body.ts';
import { taggedFilter } from './graph-tag.ts';
import { uploadLargeAttachment } from './graph-upload-session.ts';

/**
 * From 3 MB an attachment goes through an upload session. Counted in decimal megabytes: inline, base64
 * makes 3 MB into 4 MB, Graph's limit for a whole request.
 */
export const largeAttachmentBytes = 3_000_000;

export interface GraphMailTransportOptions {
  readonly endpoint: string;
  /** The sending mailbox (user principal name or object id). */
  readonly sender: string;
  readonly getToken: GraphTokenSource;
  readonly timeoutMs: number;
  readonly fetch?: typeof fetch;
}

const notFoundIsUndefined = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
  try {
    return await work();
  } catch (error) {
    if (isMailTransportError(error) && error.kind === 'not_found') return undefined;
    throw error;
  }
};

/** The exactly-once protocol's steps over Microsoft Graph: tagged drafts, immutable ids, no retries. */
export function createGraphMailTransport(options: GraphMailTransportOptions): MailTransport {
  const call = createGraphHttp(options);
  const mailbox = `/users/${encodeURIComponent(options.sender).replace('%40', '@')}`;
  const messagePath = (id: string) => `${mailbox}/messages/${encodeURIComponent(id)}`;

  return {
    confirmsImmediately: false,

    async findTagged(referralId) {
      // /messages spans every folder (Drafts, Sent Items, Deleted Items ...); $filter is exact, not a search index.
      const response = await call('GET', `${mailbox}/messages`, {
        query: { $filter: taggedFilter(referralId), $select: messageSelect, $top: '50' },
      });
      const value = (response.body as { value?: unknown } | undefined)?.value;
      return Array.isArray(value) ? value.map(mailboxMessageOf) : [];
    },

    async createDraft(mail, draftOptions) {
      if (mail.attachments.length === 0) throw new TypeError('a referral message always has an attachment');
      const inline = mail.attachments.filter((a) => a.bytes.length < largeAttachmentBytes);
      const large = mail.attachments.filter((a) => a.bytes.length >= largeAttachmentBytes);
      await draftOptions.beforeEachRequest();
      const created = await call('POST', `${mailbox}/messages`, { json: graphMessageBody(mail, inline) });
      const draft = mailboxMessageOf(created.body);
      for (const attachment of large) {
        await uploadLargeAttachment(
          {
            call,
            messagePath: messagePath(draft.id),
            timeoutMs: options.timeoutMs,
            fetch: options.fetch ?? fetch,
          },
          attachment,
          draftOptions,
        );
      }
      return { ...draft, complete: true } satisfies MailboxMessage;
    },

    async send(messageId) {
      await call('POST', `${messagePath(messageId)}/send`);
    },

    getMessage: (messageId) =>
      notFoundIsUndefined(async () =>
        mailboxMessageOf(
          (await call('GET', messagePath(messageId), { query: { $select: messageSelect } })).body,
        ),
      ),

    async deleteDraft(messageId) {
      await notFoundIsUndefined(() => call('POST', `${messagePath(messageId)}/permanentDelete`));
    },
  };
}
