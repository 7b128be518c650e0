export interface ParsedPart {
  readonly headers: ReadonlyMap<string, string>;
  readonly body: Buffer;
}

export interface ParsedEml {
  readonly headers: ReadonlyMap<string, string>;
  readonly parts: readonly ParsedPart[];
  /** Every line ends in CRLF, as RFC 5322 requires. */
  readonly crlfOnly: boolean;
}

/** Header fields, unfolded, names lower-cased (RFC 5322 section 2.2). */
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function decode(headers: ReadonlyMap<string, string>, body: string): Buffer {
  return /base64/i.test(headers.get('content-transfer-encoding') ?? '')
    ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
    : Buffer.from(body, 'utf8');
}

/** Reads back a multipart/mixed message the way a mail client would: headers, then each part decoded. */
export function parseEml(bytes: Buffer): ParsedEml {
  const text = bytes.toString('utf8');
  const split = text.indexOf('\r\n\r\n');
  const headers = parseHeaders(text.slice(0, split));
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type') ?? '')?.[1];
  if (!boundary) throw new Error('not a multipart message');
  const body = text.slice(split + 4);
  const end = body.indexOf(`\r\n--${boundary}--`);
  const sections = body.slice(0, end).split(`--${boundary}\r\n`).slice(1);
  const parts = sections.map((section) => {
    const at = section.indexOf('\r\n\r\n');
    const partHeaders = parseHeaders(section.slice(0, at));
    return { headers: partHeaders, body: decode(partHeaders, section.slice(at + 4).replace(/\r\n$/, '')) };
  });
  return { headers, parts, crlfOnly: !/[^\r]\n/.test(text) };
}

/** Decodes an RFC 2047 `=?UTF-8?B?...?=` header value (plain text passes through). */
export function decodeHeader(value: string): string {
  return value.replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_m, b64: string) =>
    Buffer.from(b64, 'base64').toString('utf8'),
  );
}
