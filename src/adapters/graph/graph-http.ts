import { randomUUID } from 'node:crypto';
import { isMailTransportError } from '../../app/ports/mail-transport.ts';
import { graphNetworkError, graphResponseError } from './graph-error.ts';

/** A bearer token for Graph; throws a MailTransportError when none can be had. */
export type GraphTokenSource = (signal: AbortSignal) => Promise<string>;

export interface GraphHttpOptions {
  /** e.g. https://graph.microsoft.com/v1.0 (national clouds differ). */
  readonly endpoint: string;
  readonly getToken: GraphTokenSource;
  /** Per request, token included. Keep it well inside the job lease. */
  readonly timeoutMs: number;
  readonly fetch?: typeof fetch;
}

export interface GraphRequest {
  readonly query?: Readonly<Record<string, string>>;
  readonly json?: unknown;
}

export interface GraphResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

export type GraphCall = (method: string, path: string, request?: GraphRequest) => Promise<GraphResponse>;

const queryString = (query: Readonly<Record<string, string>> | undefined) => {
  const pairs = Object.entries(query ?? {}).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
};

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text || !(response.headers.get('content-type') ?? '').includes('json')) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * One Graph request with plain fetch: a timeout, immutable ids, and no retries of any kind — the
 * delivery protocol decides what to repeat, after it has looked at the mailbox.
 */
export function createGraphHttp(options: GraphHttpOptions): GraphCall {
  const doFetch = options.fetch ?? fetch;
  const base = options.endpoint.replace(/\/+$/, '');
  return async (method, path, request = {}) => {
    const signal = AbortSignal.timeout(options.timeoutMs);
    let response: Response;
    let body: unknown;
    try {
      const token = await options.getToken(signal);
      response = await doFetch(`${base}${path}${queryString(request.query)}`, {
        method,
        signal,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/json',
          Prefer: 'IdType="ImmutableId"',
          'client-request-id': randomUUID(),
          ...(request.json === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body:
          request.json === undefined ? (method === 'POST' ? '' : undefined) : JSON.stringify(request.json),
      });
      body = await readBody(response);
    } catch (error) {
      if (isMailTransportError(error)) throw error;
      throw graphNetworkError(error) ?? error;
    }
    if (!response.ok) throw graphResponseError(response.status, response.headers, body);
    return { status: response.status, headers: response.headers, body };
  };
}
