import type { Message } from '@microsoft/microsoft-graph-types';
import type { MailAddress, MailAttachment, OutgoingMail } from '../../app/ports/mail-transport.ts';
import { referralHeaderName, referralPropertyId } from './graph-tag.ts';

const recipient = (a: MailAddress) => ({
  emailAddress: { address: a.address, ...(a.name ? { name: a.name } : {}) },
});

const fileAttachment = (a: MailAttachment) => ({
  '@odata.type': '#microsoft.graph.fileAttachment',
  name: a.name,
  contentType: a.contentType,
  contentBytes: Buffer.from(a.bytes).toString('base64'),
});

/** The body of `POST /users/{sender}/messages`: a draft, tagged, with the attachments small enough to go inline. */
export function graphMessageBody(mail: OutgoingMail, inlineAttachments: readonly MailAttachment[]): Message {
  return {
    subject: mail.subject,
    body: { contentType: 'html', content: mail.html },
    toRecipients: mail.to.map(recipient),
    ...(mail.cc.length > 0 ? { ccRecipients: mail.cc.map(recipient) } : {}),
    internetMessageHeaders: [{ name: referralHeaderName, value: mail.referralId }],
    singleValueExtendedProperties: [{ id: referralPropertyId, value: mail.referralId }],
    ...(inlineAttachments.length > 0 ? { attachments: inlineAttachments.map(fileAttachment) } : {}),
  };
}
