import { describe, it, expect, afterEach } from '@jest/globals';
import { createApiClient } from '../../src/web/shared/api/api-client.ts';
import { ApiError } from '../../src/web/shared/api/api-error.ts';
import { fetchClientConfig, apiScopeOf } from '../../src/web/tab/auth/client-config.ts';

interface Seen {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

const realFetch = globalThis.fetch;

/** Answers fetches in order and records what was asked. */
function answerFetches(...answers: (Response | Error)[]): Seen[] {
  const seen: Seen[] = [];
  globalThis.fetch = ((url: string, init: RequestInit = {}) => {
    seen.push({
      url,
      method: init.method ?? 'GET',
      headers: (init.headers ?? {}) as Record<string, string>,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    const answer = answers.shift();
    if (!answer) return Promise.reject(new Error('unexpected fetch'));
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  }) as typeof fetch;
  return seen;
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

describe('web API client', () => {
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('sends the bearer token, and a merge patch with If-Match on the version edited', async () => {
    const seen = answerFetches(json(200, { version: 5 }));
    const api = createApiClient(() => Promise.resolve('token-1'));
    await api.patch('/api/referrals/x', { route: 'sgor' }, 4);
    expect(seen[0]).toMatchObject({
      method: 'PATCH',
      headers: { Authorization: 'Bearer token-1', 'If-Match': '"4"', 'Content-Type': 'application/json' },
      body: { route: 'sgor' },
    });
  });

  it('asks once for a fresh token when the service says the last one is no good', async () => {
    const seen = answerFetches(json(401, { code: 'UNAUTHENTICATED', detail: 'no' }), json(200, { ok: true }));
    const asked: boolean[] = [];
    const api = createApiClient((options) => {
      asked.push(options?.fresh ?? false);
      return Promise.resolve(options?.fresh ? 'fresh' : 'stale');
    });
    expect(await api.get('/api/me')).toEqual({ ok: true });
    expect(asked).toEqual([false, true]);
    expect(seen.map((s) => s.headers.Authorization)).toEqual(['Bearer stale', 'Bearer fresh']);
  });

  it('turns problem+json into an ApiError with the field errors, version and state', async () => {
    answerFetches(
      json(
        412,
        {
          code: 'VERSION_CONFLICT',
          detail: 'Stale.',
          currentVersion: 7,
          errors: [{ path: 'route', message: 'x' }],
        },
        'application/problem+json',
      ),
    );
    const error = await createApiClient(() => Promise.resolve(undefined))
      .post('/api/referrals/x/submit', {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toEqual({
      status: 412,
      code: 'VERSION_CONFLICT',
      detail: 'Stale.',
      errors: [{ path: 'route', message: 'x' }],
      currentVersion: 7,
    });
  });

  it('reports a dropped connection as NETWORK, so autosave can say it is offline', async () => {
    answerFetches(new TypeError('Failed to fetch'));
    const error = await createApiClient(() => Promise.resolve(undefined))
      .get('/api/me')
      .catch((e: unknown) => e);
    expect((error as ApiError).problem).toMatchObject({ status: 0, code: 'NETWORK' });
  });

  it('reads the public client config, and treats a service without it as no client id and no dev mode', async () => {
    answerFetches(
      json(200, {
        clientId: 'abc',
        tenantId: 'tid',
        apiScope: null,
        authorityHost: 'https://login.microsoftonline.us',
        devMode: false,
      }),
    );
    const config = await fetchClientConfig();
    expect(config).toEqual({
      clientId: 'abc',
      tenantId: 'tid',
      apiScope: null,
      authorityHost: 'https://login.microsoftonline.us',
      devMode: false,
    });
    expect(apiScopeOf(config)).toBe('api://abc/access_as_user');
    expect(apiScopeOf({ ...config, apiScope: 'api://custom/scope' })).toBe('api://custom/scope');

    answerFetches(json(404, { code: 'NOT_FOUND' }));
    expect(await fetchClientConfig()).toEqual({
      clientId: null,
      tenantId: null,
      apiScope: null,
      authorityHost: null,
      devMode: false,
    });
    answerFetches(new TypeError('offline'));
    expect((await fetchClientConfig()).clientId).toBeNull();
  });

  it('takes the sign-in host only as a bare https origin', async () => {
    answerFetches(json(200, { clientId: 'abc', tenantId: 'tid', authorityHost: 'http://login.example' }));
    expect((await fetchClientConfig()).authorityHost).toBeNull();
    answerFetches(json(200, { clientId: 'abc', tenantId: 'tid', authorityHost: 'https://login.example/x' }));
    expect((await fetchClientConfig()).authorityHost).toBeNull();
  });
});
