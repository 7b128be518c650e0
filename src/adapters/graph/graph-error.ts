import { MailTransportError, type MailFailureKind } from '../../app/ports/mail-transport.ts';

/** Retry-After is seconds or an HTTP date (RFC 9110). */
export function retryAfterMs(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function kindOf(status: number): MailFailureKind {
  if (status === 429) return 'throttled';
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404) return 'not_found';
  if (status >= 500 || status === 408) return 'unavailable';
  return 'rejected';
}

/** The Graph error code from `{ error: { code, message, innerError } }`; never the message, which may quote data. */
function errorCode(body: unknown): string | undefined {
  const code = (body as { error?: { code?: unknown } } | undefined)?.error?.code;
  return typeof code === 'string' && /^[A-Za-z0-9_.-]{1,80}$/.test(code) ? code : undefined;
}

export function graphResponseError(status: number, headers: Headers, body: unknown): MailTransportError {
  const code = errorCode(body);
  return new MailTransportError(
    kindOf(status),
    code ? `${status} ${code}` : String(status),
    retryAfterMs(headers.get('retry-after')),
  );
}

/**
 * fetch failed without an answer — a timeout, a refused or reset connection (the request may have
 * arrived) — or undefined for anything else, which is not a network failure and must not pass as one.
 */
export function graphNetworkError(error: unknown): MailTransportError | undefined {
  // By shape, not instanceof: fetch's DOMException and TypeError may come from another realm.
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  if (name === 'TimeoutError' || name === 'AbortError')
    return new MailTransportError('unavailable', 'timeout');
  // undici reports every network failure as TypeError('fetch failed'), with the cause attached.
  if (name === 'TypeError' && message === 'fetch failed')
    return new MailTransportError('unavailable', 'network');
  return undefined;
}
