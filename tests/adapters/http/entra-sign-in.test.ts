import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { apiAs } from '../../support/api-session.ts';
import { postgresUrl } from '../../support/database.ts';
import { startFakeEntra, type FakeEntra } from '../../support/fake-entra.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';

const productionEnv = (entra: FakeEntra): Record<string, string> => ({
  APP_MODE: 'production',
  NODE_ENV: 'production',
  ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  AZURE_TENANT_ID: entra.tenantId,
  AZURE_CLIENT_ID: entra.clientId,
  AZURE_AUTHORITY_HOST: entra.authorityHost,
  MAIL_TRANSPORT: 'graph',
  MAIL_SENDER: 'referrals@agency.example',
  AZURE_USE_MANAGED_IDENTITY: 'true',
});

describe('Entra ID sign-in through the whole app', () => {
  let entra: FakeEntra;
  beforeAll(async () => {
    entra = await startFakeEntra();
  });
  afterAll(() => entra.close());

  describe('in dev mode with an app registration configured', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({
        env: {
          AZURE_TENANT_ID: entra.tenantId,
          AZURE_CLIENT_ID: entra.clientId,
          AZURE_AUTHORITY_HOST: entra.authorityHost,
        },
      });
    });
    afterAll(() => app.close());

    it('accepts an Entra ID token and maps its app roles', async () => {
      const token = await entra.token({ roles: ['Referral.Partnership'], name: 'Pat Lee' });
      const me = await apiAs(app, { token }).get('/api/me');
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({
        displayName: 'Pat Lee',
        roles: ['referrer', 'partnership'],
        tenantId: entra.tenantId,
      });
    });

    it('still accepts the dev sign-in tokens', async () => {
      expect((await apiAs(app, 'referrer').get('/api/me')).status).toBe(200);
    });

    it.each([
      ['signed by an unknown key', { signWith: 'unknown-key' as const }],
      ['for another audience', { aud: 'api://someone-else' }],
      ['expired', { exp: Math.floor(Date.now() / 1000) - 3600 }],
    ])('refuses a token %s with 401', async (_what, options) => {
      const response = await apiAs(app, { token: await entra.token(options) }).get('/api/me');
      expect(response.status).toBe(401);
    });
  });

  (postgresUrl ? describe : describe.skip)('in production mode (PostgreSQL)', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ dialect: 'postgres', env: productionEnv(entra) });
    });
    afterAll(() => app.close());

    it('serves a signed-in Entra ID user and has no dev sign-in', async () => {
      const token = await entra.token({});
      expect((await apiAs(app, { token }).post('/api/referrals', {})).status).toBe(201);
      const devSignIn = await apiAs(app, { token: null }).post('/api/dev/sign-in', { user: 'referrer' });
      expect(devSignIn.status).toBe(401);
      expect(devSignIn.body).not.toHaveProperty('token');
      expect((await apiAs(app, { token: entra.noneToken() }).get('/api/me')).status).toBe(401);
      expect((await apiAs(app, { token: await entra.hs256Token() }).get('/api/me')).status).toBe(401);
    });
  });
});
