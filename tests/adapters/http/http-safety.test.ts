import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { Writable } from 'node:stream';
import { createHttpApp } from '../../../src/adapters/http/create-http-app.ts';
import { startHttpServer } from '../../../src/adapters/http/start-http-server.ts';
import { createLogger } from '../../../src/adapters/logging/create-logger.ts';
import { createDevTokenVerifier, issueDevToken } from '../../../src/adapters/auth/dev-tokens.ts';
import { devUsers } from '../../../src/adapters/auth/dev-users.ts';
import type { Store } from '../../../src/app/ports/store.ts';
import { loadProfile } from '../../../src/config/profile/load-profile.ts';
import { apiAs } from '../../support/api-session.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';

describe('HTTP safety', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '40' } });
  });
  afterAll(() => app.close());

  it('refuses a body over 256 KB with 413 and stores nothing', async () => {
    const referrer = apiAs(app, 'referrer');
    const before = await referrer.get<{ referrals: unknown[] }>('/api/referrals?view=mine');
    const response = await referrer.post('/api/referrals', {
      assessment: undefined,
      padding: 'x'.repeat(300 * 1024),
    });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    const after = await referrer.get<{ referrals: unknown[] }>('/api/referrals?view=mine');
    expect(after.body.referrals).toHaveLength(before.body.referrals.length);
  });

  it('answers malformed JSON and wrong types with 400 problem+json, and keeps serving', async () => {
    const referrer = apiAs(app, 'referrer');
    for (const body of ['{', '[1,2', 'null', '"text"']) {
      const response = await referrer.request('POST', '/api/referrals', body);
      expect([400]).toContain(response.status);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    expect((await referrer.get('/api/me')).status).toBe(200);
  });

  it('sets a Content-Security-Policy that lets only Teams, Microsoft 365 and Outlook frame the app', async () => {
    const response = await fetch(`${app.baseUrl}/tab`);
    const csp = response.headers.get('content-security-policy') ?? '';
    const ancestors = /frame-ancestors ([^;]+)/.exec(csp)?.[1]?.split(' ') ?? [];
    expect(ancestors.sort()).toEqual(
      [
        "'self'",
        'https://teams.microsoft.com',
        'https://*.teams.microsoft.com',
        'https://*.cloud.microsoft',
        'https://outlook.office.com',
        'https://outlook.office365.com',
      ].sort(),
    );
    expect(csp).toContain("script-src 'self'");
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('allows no cross-origin calls (no CORS headers for other origins)', async () => {
    const preflight = await fetch(`${app.baseUrl}/api/referrals`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const token = await app.tokenFor('referrer');
    const get = await fetch(`${app.baseUrl}/api/me`, {
      headers: { Origin: 'https://evil.example', Authorization: `Bearer ${token}` },
    });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('limits each user’s requests per minute with 429 and Retry-After', async () => {
    const partnership = apiAs(app, 'partnership');
    let limited: Awaited<ReturnType<typeof partnership.get>> | undefined;
    for (let i = 0; i < 60 && !limited; i++) {
      const response = await partnership.get('/api/me');
      if (response.status === 429) limited = response;
    }
    expect(limited?.body).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another user is not affected.
    expect((await apiAs(app, 'other-reviewer').get('/api/me')).status).toBe(200);
  });
});

describe('unexpected errors', () => {
  it('become a bare 500 problem with no message or stack, and the log keeps only the error type', async () => {
    const logLines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _e, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    const key = Buffer.alloc(32, 7);
    const failing = () => Promise.reject(new Error('connection to db-internal-7 refused for Child Q'));
    const store = new Proxy({}, { get: () => new Proxy({}, { get: () => failing }) }) as unknown as Store;
    const http = createHttpApp({
      logger: createLogger('info', sink),
      health: { ping: failing },
      verifiers: [createDevTokenVerifier(key, () => new Date())],
      allowedTenantIds: ['t1'],
      referrals: {
        store,
        clock: { now: () => new Date() },
        profile: loadProfile(undefined),
        directory: { findReviewer: failing, listReviewers: failing },
      },
      rateLimitPerMinute: 100,
      clientConfig: {
        clientId: null,
        tenantId: 't1',
        apiScope: null,
        authorityHost: 'https://login.microsoftonline.com',
        devMode: false,
      },
      devSignIn: undefined,
      webRoot: '/nonexistent',
    });
    const server = await startHttpServer(http, '127.0.0.1', 0);
    try {
      const token = await issueDevToken(key, 't1', devUsers.referrer, new Date());
      const response = await fetch(`http://127.0.0.1:${server.port}/api/referrals?view=mine`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      const text = await response.text();
      expect(response.status).toBe(500);
      expect(JSON.parse(text)).toMatchObject({
        code: 'INTERNAL_ERROR',
        detail: 'Something went wrong on our side.',
      });
      expect(text).not.toMatch(/db-internal|Child Q|at /);
      const ready = await fetch(`http://127.0.0.1:${server.port}/readyz`);
      expect(ready.status).toBe(503);
      expect(logLines.join('')).toContain('unhandled request error');
      expect(logLines.join('')).not.toMatch(/db-internal|Child Q/);
    } finally {
      await server.close(100);
    }
  });
});
