import { decodeJwt } from 'jose';
import type { Principal } from '../../app/auth/principal.ts';
import type { TokenVerifier } from '../../app/auth/token-verifier.ts';

export interface TokenCacheOptions {
  readonly maxEntries: number;
  /** Longest a verified token is trusted without checking it again. */
  readonly maxAgeMs: number;
  readonly now: () => Date;
}

/**
 * Remembers tokens that a verifier accepted, so a person's burst of requests (autosave, card
 * actions) checks the signature once. An entry never outlives the token's own `exp`; refusals are
 * not cached, so a bad token costs a full check every time.
 */
export function cachingTokenVerifier(inner: TokenVerifier, options: TokenCacheOptions): TokenVerifier {
  const cache = new Map<string, { principal: Principal; until: number }>();
  return {
    async verify(token) {
      const now = options.now().getTime();
      const hit = cache.get(token);
      if (hit && hit.until > now) return hit.principal;
      if (hit) cache.delete(token);
      const principal = await inner.verify(token);
      if (!principal) return undefined;
      const exp = decodeJwt(token).exp;
      const until = Math.min(now + options.maxAgeMs, typeof exp === 'number' ? exp * 1000 : now);
      if (until > now) {
        if (cache.size >= options.maxEntries) cache.delete(cache.keys().next().value!);
        cache.set(token, { principal, until });
      }
      return principal;
    },
  };
}
