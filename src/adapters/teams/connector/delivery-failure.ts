/**
 * Why a call to the Bot Connector or Graph did not work, as far as retrying is concerned:
 * `throttled` (429: wait as told), `transient` (5xx, timeout, network: try again later; the call may
 * have taken effect), `gone` (403/404: the chat or message is no longer reachable), `rejected`
 * (any other 4xx: it will never work as sent).
 */
export type FailureKind = 'throttled' | 'transient' | 'gone' | 'rejected';

export class DeliveryFailure extends Error {
  readonly kind: FailureKind;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(kind: FailureKind, status: number | undefined, retryAfterMs?: number) {
    super(`${kind}${status ? ` (HTTP ${status})` : ''}`);
    this.name = 'DeliveryFailure';
    this.kind = kind;
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }

  get retryable(): boolean {
    return this.kind === 'throttled' || this.kind === 'transient';
  }
}

const minWaitMs = 1_000;
const maxWaitMs = 60 * 60_000;
const defaultWaitMs = 30_000;

/** Retry-After as seconds or an HTTP date, kept between a second and an hour. */
export function retryAfterMs(header: unknown, now: Date): number {
  const value: unknown = Array.isArray(header) ? (header as unknown[])[0] : header;
  let ms = defaultWaitMs;
  if (typeof value === 'string' || typeof value === 'number') {
    const seconds = Number(value);
    if (Number.isFinite(seconds)) ms = seconds * 1000;
    else if (!Number.isNaN(Date.parse(String(value)))) ms = Date.parse(String(value)) - now.getTime();
  }
  return Math.min(maxWaitMs, Math.max(minWaitMs, Math.round(ms)));
}

/** Bot Framework guidance: retry 429 and 412, 502, 504 (and other 5xx). */
export function failureForStatus(status: number, retryAfter: unknown, now: Date): DeliveryFailure {
  if (status === 429) return new DeliveryFailure('throttled', status, retryAfterMs(retryAfter, now));
  if (status >= 500 || status === 412 || status === 408) return new DeliveryFailure('transient', status);
  if (status === 403 || status === 404) return new DeliveryFailure('gone', status);
  return new DeliveryFailure('rejected', status);
}
