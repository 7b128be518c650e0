import type { DraftOptions, MailAttachment } from '../../app/ports/mail-transport.ts';
import { MailTransportError } from '../../app/ports/mail-transport.ts';
import { graphNetworkError, graphResponseError } from './graph-error.ts';
import type { GraphCall } from './graph-http.ts';

/** Graph takes up to 4 MB per PUT; this stays below it. */
const chunkBytes = 3 * 1024 * 1024;

export interface UploadContext {
  readonly call: GraphCall;
  readonly messagePath: string;
  readonly timeoutMs: number;
  readonly fetch: typeof fetch;
}

/** Outlook answers each chunk with the offset it expects next, as ["<start>"] (or ["<start>-"]). */
function nextOffset(body: unknown, fallback: number): number {
  const range = (body as { nextExpectedRanges?: unknown } | undefined)?.nextExpectedRanges;
  const first = Array.isArray(range) && typeof range[0] === 'string' ? Number.parseInt(range[0], 10) : NaN;
  return Number.isFinite(first) ? first : fallback;
}

async function putChunk(ctx: UploadContext, uploadUrl: string, bytes: Uint8Array, offset: number) {
  const end = Math.min(offset + chunkBytes, bytes.length);
  let response: Response;
  try {
    // The upload URL is pre-authenticated: no Authorization header (Graph refuses one).
    response = await ctx.fetch(uploadUrl, {
      method: 'PUT',
      signal: AbortSignal.timeout(ctx.timeoutMs),
      headers: {
        'Content-Type': 'application/octet-stream',
        'Content-Range': `bytes ${offset}-${end - 1}/${bytes.length}`,
      },
      body: new Uint8Array(bytes.subarray(offset, end)),
    });
  } catch (error) {
    throw graphNetworkError(error) ?? error;
  }
  const text = await response.text().catch(() => '');
  const body: unknown = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) throw graphResponseError(response.status, response.headers, body);
  return response.status === 201 ? bytes.length : nextOffset(body, end);
}

/** Attaches a file of 3 MB or more through an upload session, in chunks. */
export async function uploadLargeAttachment(
  ctx: UploadContext,
  attachment: MailAttachment,
  options: DraftOptions,
): Promise<void> {
  await options.beforeEachRequest();
  const session = await ctx.call('POST', `${ctx.messagePath}/attachments/createUploadSession`, {
    json: {
      AttachmentItem: {
        attachmentType: 'file',
        name: attachment.name,
        size: attachment.bytes.length,
        contentType: attachment.contentType,
      },
    },
  });
  const uploadUrl = (session.body as { uploadUrl?: unknown } | undefined)?.uploadUrl;
  if (typeof uploadUrl !== 'string') throw new MailTransportError('unavailable', 'unexpected_response');
  let offset = 0;
  while (offset < attachment.bytes.length) {
    await options.beforeEachRequest();
    const next = await putChunk(ctx, uploadUrl, attachment.bytes, offset);
    if (next <= offset) throw new MailTransportError('unavailable', 'upload_stalled');
    offset = next;
  }
}
