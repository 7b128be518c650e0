import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import type { TokenVerifier } from '../../app/auth/token-verifier.ts';
import { entraClaimsSchema, principalFromEntraClaims, type PrsgMemberRef } from './entra-claims.ts';

export interface EntraTokenVerifierOptions {
  /** e.g. https://login.microsoftonline.com; national clouds and tests use another. */
  readonly authorityHost: string;
  /** The app registration's home tenant: where the signing keys are published. */
  readonly tenantId: string;
  /** The app registration's client id: tokens must be for `api://<clientId>` or `<clientId>`. */
  readonly clientId: string;
  readonly allowedTenantIds: readonly string[];
  /** Default `${authorityHost}/${tenantId}/discovery/v2.0/keys`. */
  readonly jwksUri?: string;
  readonly prsgMembers: readonly PrsgMemberRef[];
  readonly clock: () => Date;
  readonly fetchTimeoutMs?: number;
  /** How long fetched keys are trusted before the next verification refetches them. */
  readonly jwksCacheMaxAgeMs?: number;
  /** After a fetch, how long a token with an unknown kid is refused instead of refetching (a rate limit). */
  readonly jwksCooldownMs?: number;
}

// The defaults of Microsoft.IdentityModel's ConfigurationManager: refresh keys twice a day, and let an
// unknown kid (a key rotation, or an attacker's made-up kid) force a refetch at most every 5 minutes.
const defaultCacheMaxAgeMs = 12 * 60 * 60 * 1000;
const defaultCooldownMs = 5 * 60 * 1000;
const defaultFetchTimeoutMs = 5_000;
const clockSkewSeconds = 300;

/** Verifies Microsoft Entra ID v2 access tokens issued for this app's API (delegated, user tokens). */
export function createEntraTokenVerifier(options: EntraTokenVerifierOptions): TokenVerifier {
  const authorityHost = options.authorityHost.replace(/\/+$/, '');
  const jwks = createRemoteJWKSet(
    new URL(options.jwksUri ?? `${authorityHost}/${options.tenantId}/discovery/v2.0/keys`),
    {
      cacheMaxAge: options.jwksCacheMaxAgeMs ?? defaultCacheMaxAgeMs,
      cooldownDuration: options.jwksCooldownMs ?? defaultCooldownMs,
      timeoutDuration: options.fetchTimeoutMs ?? defaultFetchTimeoutMs,
    },
  );
  const audience = [`api://${options.clientId}`, options.clientId];
  return {
    async verify(token) {
      try {
        // The expected issuer names the tenant, so tid is read before the signature is checked, but it
        // only chooses what to demand: an unlisted tenant stops here, and iss must then match it exactly.
        const { tid } = decodeJwt(token);
        if (typeof tid !== 'string' || !options.allowedTenantIds.includes(tid)) return undefined;
        const { payload } = await jwtVerify(token, jwks, {
          algorithms: ['RS256'],
          audience,
          issuer: `${authorityHost}/${tid}/v2.0`,
          clockTolerance: clockSkewSeconds,
          currentDate: options.clock(),
          requiredClaims: ['exp', 'oid', 'tid', 'ver'],
        });
        const claims = entraClaimsSchema.safeParse(payload);
        return claims.success ? principalFromEntraClaims(claims.data, options.prsgMembers) : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
