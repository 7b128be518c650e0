import { createDevTokenVerifier } from '../adapters/auth/dev-tokens.ts';
import { createEntraTokenVerifier } from '../adapters/auth/entra-token-verifier.ts';
import { cachingTokenVerifier } from '../adapters/auth/caching-token-verifier.ts';
import type { TokenVerifier } from '../app/auth/token-verifier.ts';
import type { Clock } from '../app/clock.ts';
import type { AppConfig } from '../config/app-config.ts';

/** Entra ID tokens whenever an app registration is configured; dev sign-in tokens only in dev mode. */
export function tokenVerifiers(config: AppConfig, clock: Clock): TokenVerifier[] {
  const { clientId, devSigningKey } = config.auth;
  const verifiers: TokenVerifier[] = [];
  if (devSigningKey) verifiers.push(createDevTokenVerifier(devSigningKey, () => clock.now()));
  if (clientId) {
    verifiers.push(
      createEntraTokenVerifier({
        authorityHost: config.auth.authorityHost,
        tenantId: config.auth.tenantId,
        clientId,
        allowedTenantIds: config.auth.allowedTenantIds,
        jwksUri: config.auth.jwksUri,
        prsgMembers: config.profile.prsgMembers,
        clock: () => clock.now(),
      }),
    );
  }
  // Cached after both: a burst of requests with one token checks its signature once.
  return [cachingTokenVerifier({ verify: (token) => firstAccepting(verifiers, token) }, cacheOptions(clock))];
}

const cacheOptions = (clock: Clock) => ({ maxEntries: 5_000, maxAgeMs: 60_000, now: () => clock.now() });

async function firstAccepting(verifiers: readonly TokenVerifier[], token: string) {
  for (const verifier of verifiers) {
    const principal = await verifier.verify(token);
    if (principal) return principal;
  }
  return undefined;
}
