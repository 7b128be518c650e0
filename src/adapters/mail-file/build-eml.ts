import { createHash } from 'node:crypto';
import type { OutgoingMail } from '../../app/ports/mail-transport.ts';
import { base64Lines, headerAddress, headerText, rfc5322Date } from './mime-header.ts';

export const emlReferralHeader = 'X-PRR-Referral-Id';

export interface EmlEnvelope {
  readonly from: string;
  readonly date: Date;
}

/** Stable per referral, so a repeat writes the same message, not a second one. */
export function emlMessageId(referralId: string, from: string): string {
  const domain = from.split('@')[1] ?? 'localhost';
  return `<prr-${referralId}@${domain}>`;
}

/** The message as RFC 5322 text: multipart/mixed with the HTML body and the attachments in base64. */
export function buildEml(mail: OutgoingMail, envelope: EmlEnvelope): Buffer {
  const boundary = `prr-${createHash('sha256').update(mail.referralId).digest('hex').slice(0, 24)}`;
  const headers = [
    `Message-ID: ${emlMessageId(mail.referralId, envelope.from)}`,
    `Date: ${rfc5322Date(envelope.date)}`,
    `From: <${envelope.from}>`,
    `To: ${mail.to.map(headerAddress).join(', ')}`,
    ...(mail.cc.length > 0 ? [`Cc: ${mail.cc.map(headerAddress).join(', ')}`] : []),
    `Subject: ${headerText(mail.subject)}`,
    'MIME-Version: 1.0',
    `${emlReferralHeader}: ${mail.referralId}`,
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ];
  const parts = [
    [
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(Buffer.from(mail.html, 'utf8')),
    ],
    ...mail.attachments.map((a) => [
      `Content-Type: ${a.contentType}; name="${a.name}"`,
      'Content-Transfer-Encoding: base64',
      `Content-Disposition: attachment; filename="${a.name}"`,
      '',
      base64Lines(a.bytes),
    ]),
  ];
  const lines = [
    ...headers,
    '',
    'This is a multi-part message in MIME format.',
    ...parts.flatMap((part) => [`--${boundary}`, ...part]),
    `--${boundary}--`,
    '',
  ];
  return Buffer.from(lines.join('\r\n'), 'utf8');
}
