import { describe, it, expect, beforeEach, afterEach, jest } from '@jest/globals';
import {
  createEntraTokenVerifier,
  type EntraTokenVerifierOptions,
} from '../../../src/adapters/auth/entra-token-verifier.ts';
import { startFakeEntra, type FakeEntra } from '../../support/fake-entra.ts';

const now = () => new Date('2026-11-25T12:00:00Z');
/** Fakes Date alone: jose times its cooldown with Date.now(); sockets and timers stay real. */
const fakeDateOnly = () =>
  jest.useFakeTimers({
    now: new Date(),
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });

describe('Entra ID token verifier: signing keys', () => {
  let fake: FakeEntra;
  const verifierFor = (options: Partial<EntraTokenVerifierOptions> = {}) =>
    createEntraTokenVerifier({
      authorityHost: fake.authorityHost,
      tenantId: fake.tenantId,
      clientId: fake.clientId,
      allowedTenantIds: [fake.tenantId],
      prsgMembers: [],
      clock: now,
      ...options,
    });

  beforeEach(async () => {
    fake = await startFakeEntra({ now });
  });
  afterEach(() => fake.close());

  it('fetches the key set once for many verifications, concurrent or not', async () => {
    const verifier = verifierFor();
    const tokens = await Promise.all(Array.from({ length: 10 }, () => fake.token()));
    const concurrent = await Promise.all(tokens.map((token) => verifier.verify(token)));
    for (const token of tokens) expect(await verifier.verify(token)).toBeDefined();
    expect(concurrent.every(Boolean)).toBe(true);
    expect(fake.jwksRequests).toBe(1);
  });

  it('fetches from the configured JWKS URI', async () => {
    const verifier = verifierFor({
      authorityHost: `${fake.authorityHost}/`,
      tenantId: 'not-used-when-jwks-uri-is-set',
      jwksUri: `${fake.authorityHost}/common/discovery/v2.0/keys`,
    });
    expect(await verifier.verify(await fake.token())).toBeDefined();
    expect(fake.jwksRequests).toBe(1);
  });

  it('does not refetch for every token with an unknown kid while the cooldown lasts', async () => {
    const verifier = verifierFor();
    expect(await verifier.verify(await fake.token())).toBeDefined();
    for (let i = 0; i < 20; i += 1) {
      expect(await verifier.verify(await fake.token({ signWith: 'unknown-key', kid: `made-up-${i}` }))).toBe(
        undefined,
      );
    }
    expect(fake.jwksRequests).toBe(1);
  });

  it('refetches when a token signed with a newly rotated key arrives, then trusts old and new keys', async () => {
    const verifier = verifierFor({ jwksCooldownMs: 0 });
    const before = await fake.token();
    expect(await verifier.verify(before)).toBeDefined();

    const newKid = await fake.rotateKeys();
    const after = await fake.token();
    expect(after.split('.')[0]).toBe(
      Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: newKid })).toString('base64url'),
    );
    expect(await verifier.verify(after)).toBeDefined();
    expect(fake.jwksRequests).toBe(2);

    expect(await verifier.verify(before)).toBeDefined();
    expect(await verifier.verify(await fake.token())).toBeDefined();
    expect(fake.jwksRequests).toBe(2);
  });

  it('with the default cooldown, picks up a rotated key once the cooldown has passed', async () => {
    fakeDateOnly();
    try {
      const verifier = verifierFor();
      expect(await verifier.verify(await fake.token())).toBeDefined();
      await fake.rotateKeys();
      const rotated = await fake.token();
      expect(await verifier.verify(rotated)).toBeUndefined();
      expect(fake.jwksRequests).toBe(1);

      jest.setSystemTime(Date.now() + 5 * 60 * 1000 + 1);
      expect(await verifier.verify(rotated)).toBeDefined();
      expect(fake.jwksRequests).toBe(2);
    } finally {
      jest.useRealTimers();
    }
  });

  it('refuses every token while the key set cannot be fetched, and recovers when it can', async () => {
    const verifier = verifierFor();
    const token = await fake.token();
    fake.goDown();
    expect(await verifier.verify(token)).toBeUndefined();
    expect(await verifier.verify(token)).toBeUndefined();
    fake.comeBackUp();
    expect(await verifier.verify(token)).toBeDefined();
    expect(fake.jwksRequests).toBe(3);
  });

  it('gives up on a key set request that never answers', async () => {
    const verifier = verifierFor({ fetchTimeoutMs: 100 });
    fake.hang();
    expect(await verifier.verify(await fake.token())).toBeUndefined();
    expect(fake.jwksRequests).toBe(1);
  });

  it('does not fetch keys for a token from a tenant that is not allow-listed', async () => {
    const verifier = verifierFor({ allowedTenantIds: ['11111111-1111-4111-8111-111111111111'] });
    expect(await verifier.verify(await fake.token())).toBeUndefined();
    expect(fake.jwksRequests).toBe(0);
  });
});
