import { describe, it, expect } from '@jest/globals';
import { SignJWT } from 'jose';
import type { Principal } from '../../../src/app/auth/principal.ts';
import type { TokenVerifier } from '../../../src/app/auth/token-verifier.ts';
import { cachingTokenVerifier } from '../../../src/adapters/auth/caching-token-verifier.ts';

const principal: Principal = { tenantId: 't', userId: 'u', displayName: 'U', email: '', roles: [] };
const key = new TextEncoder().encode('k'.repeat(32));
const tokenExpiringAt = (expSeconds: number) =>
  new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(expSeconds).sign(key);

function countingVerifier(accept: (token: string) => boolean) {
  let calls = 0;
  const verifier: TokenVerifier = {
    verify: (token) => {
      calls++;
      return Promise.resolve(accept(token) ? principal : undefined);
    },
  };
  return { verifier, calls: () => calls };
}

describe('caching token verifier', () => {
  let nowMs = Date.parse('2026-11-25T10:00:00Z');
  const options = { maxEntries: 2, maxAgeMs: 60_000, now: () => new Date(nowMs) };

  it('checks a token once, then trusts it until the cache age runs out', async () => {
    const inner = countingVerifier(() => true);
    const cached = cachingTokenVerifier(inner.verifier, options);
    const token = await tokenExpiringAt(nowMs / 1000 + 3600);
    await cached.verify(token);
    await cached.verify(token);
    expect(inner.calls()).toBe(1);
    nowMs += 61_000;
    expect(await cached.verify(token)).toEqual(principal);
    expect(inner.calls()).toBe(2);
  });

  it('never trusts a cached token past its own expiry', async () => {
    const inner = countingVerifier(() => true);
    const cached = cachingTokenVerifier(inner.verifier, options);
    const token = await tokenExpiringAt(nowMs / 1000 + 10);
    await cached.verify(token);
    nowMs += 11_000;
    await cached.verify(token);
    expect(inner.calls()).toBe(2);
  });

  it('does not remember refusals', async () => {
    const inner = countingVerifier(() => false);
    const cached = cachingTokenVerifier(inner.verifier, options);
    const token = await tokenExpiringAt(nowMs / 1000 + 3600);
    expect(await cached.verify(token)).toBeUndefined();
    expect(await cached.verify(token)).toBeUndefined();
    expect(inner.calls()).toBe(2);
  });

  it('holds at most maxEntries tokens', async () => {
    const inner = countingVerifier(() => true);
    const cached = cachingTokenVerifier(inner.verifier, options);
    const tokens = await Promise.all([1, 2, 3].map((n) => tokenExpiringAt(nowMs / 1000 + 3600 + n)));
    for (const token of tokens) await cached.verify(token);
    await cached.verify(tokens[0]!);
    expect(inner.calls()).toBe(4);
  });
});
