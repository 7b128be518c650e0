import { ApiError, networkProblem, toProblem } from './api-error.ts';

/** Gives the bearer token for the API; `fresh` asks for a new one after the service refused the last. */
export type TokenSource = (options?: { fresh?: boolean }) => Promise<string | undefined>;

export interface ApiClient {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  /** JSON Merge Patch, only on the version the person was editing (`If-Match`). */
  patch<T>(path: string, body: unknown, version: number): Promise<T>;
  /**
   * Starts a GET that a screen about to render will ask for, so the request does not wait for React; or takes
   * over one already sent (`started`, with this client's user's token).
   */
  prefetch(path: string, started?: Promise<Response>): void;
}

/** A prefetched answer is used once, and only while it is this fresh. */
const prefetchFreshMs = 10_000;

interface RequestOptions {
  readonly method: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** Calls the service's JSON API with the signed-in user's bearer token. */
export function createApiClient(getToken: TokenSource): ApiClient {
  const send = async (path: string, options: RequestOptions, fresh: boolean): Promise<Response> => {
    const token = await getToken({ fresh });
    try {
      return await fetch(path, {
        method: options.method,
        headers: {
          Accept: 'application/json',
          ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...options.headers,
        },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        cache: 'no-store',
      });
    } catch {
      throw new ApiError(networkProblem());
    }
  };

  const read = async <T>(response: Response): Promise<T> => {
    const payload: unknown = await response.json().catch(() => undefined);
    if (!response.ok) throw new ApiError(toProblem(response.status, payload));
    return payload as T;
  };
  // A token can expire while the tab stays open: ask once for a fresh one.
  const retryRefused = (path: string, options: RequestOptions, response: Response) =>
    response.status === 401 ? send(path, options, true) : response;

  const request = async <T>(path: string, options: RequestOptions): Promise<T> =>
    read<T>(await retryRefused(path, options, await send(path, options, false)));

  const takeOver = async (path: string, started: Promise<Response>): Promise<unknown> => {
    const response = await started.catch(() => {
      throw new ApiError(networkProblem());
    });
    return read(await retryRefused(path, { method: 'GET' }, response));
  };

  const prefetched = new Map<string, { at: number; answer: Promise<unknown> }>();
  const takePrefetched = (path: string) => {
    const entry = prefetched.get(path);
    prefetched.delete(path);
    return entry && performance.now() - entry.at < prefetchFreshMs ? entry.answer : undefined;
  };

  return {
    get: <T>(path: string) =>
      (takePrefetched(path) as Promise<T> | undefined) ?? request<T>(path, { method: 'GET' }),
    prefetch: (path, started) => {
      if (prefetched.has(path)) return;
      const answer = started ? takeOver(path, started) : request(path, { method: 'GET' });
      // A failure is reported to the screen that asks for it, not here.
      answer.catch(() => undefined);
      prefetched.set(path, { at: performance.now(), answer });
    },
    post: (path, body) => request(path, { method: 'POST', body }),
    patch: (path, body, version) =>
      request(path, { method: 'PATCH', body, headers: { 'If-Match': `"${String(version)}"` } }),
  };
}
