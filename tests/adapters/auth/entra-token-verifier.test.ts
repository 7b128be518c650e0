import { randomUUID } from 'node:crypto';
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { createEntraTokenVerifier } from '../../../src/adapters/auth/entra-token-verifier.ts';
import type { TokenVerifier } from '../../../src/app/auth/token-verifier.ts';
import { startFakeEntra, type FakeEntra } from '../../support/fake-entra.ts';

const now = () => new Date('2026-11-25T12:00:00Z');
const nowSeconds = Math.floor(now().getTime() / 1000);
const partnerTenantId = randomUUID();
const prsgMemberOid = randomUUID();

describe('Entra ID token verifier', () => {
  let fake: FakeEntra;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    fake = await startFakeEntra({ now });
    verifier = createEntraTokenVerifier({
      authorityHost: fake.authorityHost,
      tenantId: fake.tenantId,
      clientId: fake.clientId,
      allowedTenantIds: [fake.tenantId, partnerTenantId],
      prsgMembers: [{ objectId: prsgMemberOid.toUpperCase(), agencyId: 'police' }],
      clock: now,
    });
  });
  afterAll(() => fake.close());

  describe('accepts', () => {
    it('a valid token as the signed-in person, with app roles mapped to reviewer and partnership', async () => {
      const oid = randomUUID();
      const token = await fake.token({
        oid,
        name: 'Sam Reviewer',
        preferred_username: 'sam@example.org',
        roles: ['Referral.Partnership', 'Referral.Review'],
      });
      expect(await verifier.verify(token)).toEqual({
        tenantId: fake.tenantId,
        userId: oid,
        displayName: 'Sam Reviewer',
        email: 'sam@example.org',
        roles: ['reviewer', 'partnership'],
      });
    });

    it('a person without app roles as a referrer only, ignoring roles it does not know', async () => {
      const token = await fake.token({ roles: ['Some.Other.Role', 'constructor', '__proto__'] });
      const principal = await verifier.verify(token);
      expect(principal?.roles).toEqual([]);
      expect(principal).not.toHaveProperty('agencyId');
    });

    it('a PRSG member from the profile as a reviewer for their agency', async () => {
      const principal = await verifier.verify(await fake.token({ oid: prsgMemberOid }));
      expect(principal).toMatchObject({ userId: prsgMemberOid, roles: ['reviewer'], agencyId: 'police' });
    });

    it('a PRSG member who also holds the review role as one reviewer', async () => {
      const token = await fake.token({ oid: prsgMemberOid, roles: ['Referral.Review'] });
      expect((await verifier.verify(token))?.roles).toEqual(['reviewer']);
    });

    it('falls back to preferred_username for the name and to upn for the email', async () => {
      const token = await fake.token({
        name: null,
        preferred_username: null,
        upn: 'upn@example.org',
      });
      expect(await verifier.verify(token)).toMatchObject({ displayName: '', email: 'upn@example.org' });
      const named = await fake.token({ name: null, preferred_username: 'pat@example.org' });
      expect(await verifier.verify(named)).toMatchObject({
        displayName: 'pat@example.org',
        email: 'pat@example.org',
      });
    });

    it.each([
      ['api://<client id>', (f: FakeEntra) => `api://${f.clientId}`],
      ['the bare client id', (f: FakeEntra) => f.clientId],
    ])('audience %s', async (_label, audience) => {
      expect(await verifier.verify(await fake.token({ aud: audience(fake) }))).toBeDefined();
    });

    it('a token from another allow-listed tenant, issued by that tenant', async () => {
      const principal = await verifier.verify(await fake.token({ tid: partnerTenantId }));
      expect(principal?.tenantId).toBe(partnerTenantId);
    });

    it('a token that expired within the five minutes allowed for clock skew', async () => {
      expect(await verifier.verify(await fake.token({ exp: nowSeconds - 240 }))).toBeDefined();
    });

    it('a token not yet valid by less than the allowed clock skew', async () => {
      expect(await verifier.verify(await fake.token({ nbf: nowSeconds + 240 }))).toBeDefined();
    });
  });

  describe('rejects', () => {
    const otherTenantId = randomUUID();
    const rejected: [string, (f: FakeEntra) => Promise<string> | string][] = [
      ['a token expired beyond the clock skew', (f) => f.token({ exp: nowSeconds - 301 })],
      ['a token without exp', (f) => f.token({ exp: null })],
      ['a token not valid until beyond the clock skew', (f) => f.token({ nbf: nowSeconds + 301 })],
      ['a token for another API', (f) => f.token({ aud: `api://${randomUUID()}` })],
      ['a Microsoft Graph token', (f) => f.token({ aud: '00000003-0000-0000-c000-000000000000' })],
      ['a token from another issuer', (f) => f.token({ iss: `https://evil.example/${f.tenantId}/v2.0` })],
      ['a v1 issuer', (f) => f.token({ iss: `https://sts.windows.net/${f.tenantId}/` })],
      [
        'an issuer naming another tenant than tid',
        (f) => f.token({ iss: `${f.authorityHost}/${partnerTenantId}/v2.0` }),
      ],
      ['a tenant not on the allow-list', (f) => f.token({ tid: otherTenantId })],
      ['a token signed by an unpublished key', (f) => f.token({ signWith: 'unknown-key' })],
      [
        'a forged signature under a published kid',
        (f) => f.token({ signWith: 'unknown-key', kid: f.currentKid }),
      ],
      ['alg none', (f) => f.noneToken()],
      ['HS256 keyed with the public key (algorithm confusion)', (f) => f.hs256Token()],
      ['an RSA algorithm other than RS256', (f) => f.token({ alg: 'PS256' })],
      ['a token without oid', (f) => f.token({ oid: null })],
      ['a v1.0 token', (f) => f.token({ ver: '1.0' })],
      ['an app-only token (no scp)', (f) => f.token({ scp: null })],
      ['a garbage string', () => 'not-a-jwt'],
      ['an empty string', () => ''],
      [
        'a valid token with its payload altered',
        async (f) => {
          const [header, payload, signature] = (await f.token()).split('.');
          const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
          const altered = Buffer.from(JSON.stringify({ ...claims, roles: ['Referral.Partnership'] }));
          return `${header}.${altered.toString('base64url')}.${signature}`;
        },
      ],
    ];

    it.each(rejected)('%s', async (_label, mint) => {
      await expect(verifier.verify(await mint(fake))).resolves.toBeUndefined();
    });
  });
});
