import type { MailAddress } from '../../app/ports/mail-transport.ts';

const isPrintableAscii = (text: string) => /^[\x20-\x7e]*$/.test(text);

/** RFC 2047 encoded-word for non-ASCII header text; plain ASCII as is. */
export function headerText(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ');
  return isPrintableAscii(clean) ? clean : `=?UTF-8?B?${Buffer.from(clean, 'utf8').toString('base64')}?=`;
}

/** `"Display Name" <address>` (RFC 5322 quoted display name, or an encoded-word). */
export function headerAddress(address: MailAddress): string {
  if (!address.name) return `<${address.address}>`;
  const name = address.name.replace(/[\r\n]+/g, ' ');
  const display = isPrintableAscii(name) ? `"${name.replace(/(["\\])/g, '\\$1')}"` : headerText(name);
  return `${display} <${address.address}>`;
}

/** Base64 in 76-character lines (RFC 2045). */
export function base64Lines(bytes: Uint8Array): string {
  return (
    Buffer.from(bytes)
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');
}

/** RFC 5322 date-time, e.g. `Tue, 23 Dec 2025 14:05:00 +0000`. */
export function rfc5322Date(date: Date): string {
  return date.toUTCString().replace('GMT', '+0000');
}
