import { randomBytes, randomUUID } from 'node:crypto';

export interface FakeRecipient {
  readonly emailAddress: { readonly address: string; readonly name?: string };
}

export interface FakeAttachment {
  readonly id: string;
  readonly name: string;
  readonly contentType: string | undefined;
  readonly bytes: Buffer;
}

/** A message in the fake mailbox, with what Graph would show of it. */
export interface FakeMessage {
  id: string;
  readonly immutableId: boolean;
  folder: 'drafts' | 'sentitems';
  isDraft: boolean;
  readonly subject: string;
  readonly body: { readonly contentType: string; readonly content: string };
  readonly toRecipients: readonly FakeRecipient[];
  readonly ccRecipients: readonly FakeRecipient[];
  readonly internetMessageHeaders: readonly { name: string; value: string }[];
  readonly singleValueExtendedProperties: readonly { id: string; value: string }[];
  readonly attachments: FakeAttachment[];
  readonly createdDateTime: string;
  lastModifiedDateTime: string;
  sentDateTime: string | null;
  readonly internetMessageId: string;
  readonly changeKey: string;
}

/** Looks like an Exchange item id: immutable ids and regular ids differ in their prefix. */
export const fakeItemId = (immutable: boolean) =>
  `${immutable ? 'AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A' : 'AAMkADAwATM0MDAAMS1iNTcwLWI2NTYtMDACLTAwCgBGAAAD'}${randomBytes(24).toString('base64url')}AAA=`;

export const nowIso = () => new Date().toISOString();

/** A message as Graph returns it (`$select` narrows it to the properties asked for). */
export function messageJson(message: FakeMessage, sender: string, select: readonly string[] | undefined) {
  const full: Record<string, unknown> = {
    '@odata.etag': `W/"${message.changeKey}"`,
    id: message.id,
    createdDateTime: message.createdDateTime,
    lastModifiedDateTime: message.lastModifiedDateTime,
    changeKey: message.changeKey,
    categories: [],
    receivedDateTime: message.createdDateTime,
    sentDateTime: message.sentDateTime,
    hasAttachments: message.attachments.length > 0,
    internetMessageId: message.internetMessageId,
    subject: message.subject,
    bodyPreview: message.body.content.replace(/<[^>]*>/g, ' ').slice(0, 255),
    importance: 'normal',
    parentFolderId: message.folder === 'drafts' ? 'AQMkADrafts' : 'AQMkADSentItems',
    conversationId: 'AAQkAGConversation',
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: true,
    isDraft: message.isDraft,
    webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(message.id)}`,
    inferenceClassification: 'focused',
    body: message.body,
    sender: { emailAddress: { address: sender } },
    from: { emailAddress: { address: sender } },
    toRecipients: message.toRecipients,
    ccRecipients: message.ccRecipients,
    bccRecipients: [],
    replyTo: [],
    flag: { flagStatus: 'notFlagged' },
  };
  if (!select) return full;
  return Object.fromEntries(
    Object.entries(full).filter(([key]) => key === 'id' || key === '@odata.etag' || select.includes(key)),
  );
}

export function newMessage(body: Record<string, unknown>, immutableId: boolean, sender: string): FakeMessage {
  const now = nowIso();
  const attachments = ((body.attachments as Record<string, unknown>[] | undefined) ?? []).map((a) => ({
    id: randomUUID(),
    name: String(a.name),
    contentType: a.contentType as string | undefined,
    bytes: Buffer.from(typeof a.contentBytes === 'string' ? a.contentBytes : '', 'base64'),
  }));
  return {
    id: fakeItemId(immutableId),
    immutableId,
    folder: 'drafts',
    isDraft: true,
    subject: typeof body.subject === 'string' ? body.subject : '',
    body: (body.body as FakeMessage['body'] | undefined) ?? { contentType: 'text', content: '' },
    toRecipients: (body.toRecipients as FakeRecipient[] | undefined) ?? [],
    ccRecipients: (body.ccRecipients as FakeRecipient[] | undefined) ?? [],
    internetMessageHeaders: (body.internetMessageHeaders as FakeMessage['internetMessageHeaders']) ?? [],
    singleValueExtendedProperties:
      (body.singleValueExtendedProperties as FakeMessage['singleValueExtendedProperties']) ?? [],
    attachments,
    createdDateTime: now,
    lastModifiedDateTime: now,
    sentDateTime: null,
    internetMessageId: `<${randomBytes(12).toString('hex').toUpperCase()}@${sender.split('@')[1] ?? 'fake'}.prod.outlook.com>`,
    changeKey: randomBytes(12).toString('base64'),
  };
}

const quoted = "'((?:[^']|'')*)'";
const tagFilter = new RegExp(
  `^singleValueExtendedProperties/any\\(\\s*(\\w+)\\s*:\\s*\\1/id eq ${quoted} and \\1/value eq ${quoted}\\s*\\)$`,
  'i',
);

/** Parses the one `$filter` shape Graph documents for extended properties; undefined for anything else. */
export function parseTagFilter(filter: string): { id: string; value: string } | undefined {
  const match = tagFilter.exec(filter.trim());
  if (!match) return undefined;
  return { id: match[2]!.replaceAll("''", "'"), value: match[3]!.replaceAll("''", "'") };
}

/** A property id Graph accepts: `{type} {guid} Name {name}` or `{type} {guid} Id {0x...}`. */
export const validPropertyId = (id: string) =>
  /^(String|Integer|Boolean|SystemTime|Binary|Long|Double|Short|Float|Currency|CLSID) \{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\} (Name \S+|Id 0x[0-9a-f]{1,4})$/i.test(
    id,
  );
