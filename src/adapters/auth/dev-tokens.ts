import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { principalRoles, type Principal } from '../../app/auth/principal.ts';
import type { TokenVerifier } from '../../app/auth/token-verifier.ts';
import type { DevUser } from './dev-users.ts';

const issuer = 'urn:practice-review-referral:dev-sign-in';
const audience = 'urn:practice-review-referral:api';
const lifetimeSeconds = 8 * 60 * 60;

const claimsSchema = z.object({
  sub: z.string().min(1),
  tid: z.string().min(1),
  name: z.string(),
  preferred_username: z.string(),
  roles: z.array(z.enum(principalRoles)),
  agency: z.string().optional(),
});

/** Dev mode only: signs a short-lived HS256 token for one of the sample users. */
export function issueDevToken(key: Buffer, tenantId: string, user: DevUser, now: Date): Promise<string> {
  return new SignJWT({
    tid: tenantId,
    name: user.displayName,
    preferred_username: user.email,
    roles: [...user.roles],
    agency: user.agencyId,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(user.userId)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(now.getTime() / 1000) + lifetimeSeconds)
    .sign(key);
}

/** Accepts only tokens from issueDevToken with the same key; wired in dev mode only. */
export function createDevTokenVerifier(key: Buffer, clock: () => Date): TokenVerifier {
  return {
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, {
          issuer,
          audience,
          algorithms: ['HS256'],
          currentDate: clock(),
        });
        const claims = claimsSchema.parse(payload);
        const principal: Principal = {
          tenantId: claims.tid,
          userId: claims.sub,
          displayName: claims.name,
          email: claims.preferred_username,
          roles: claims.roles,
          ...(claims.agency ? { agencyId: claims.agency } : {}),
        };
        return principal;
      } catch {
        return undefined;
      }
    },
  };
}
