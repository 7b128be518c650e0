import { z } from 'zod';
import { principalRoles, type Principal, type PrincipalRole } from '../../app/auth/principal.ts';

/** A PRSG member from the partnership profile: reviews their agency's referrals. */
export interface PrsgMemberRef {
  readonly objectId: string;
  readonly agencyId: string;
}

// A Map, not an object literal: a role named "constructor" must not find Object.prototype.constructor.
const roleByAppRole = new Map<string, PrincipalRole>([
  ['Referral.Review', 'reviewer'],
  ['Referral.Partnership', 'partnership'],
]);

/** The claims of an Entra ID v2 access token this service relies on, checked after the signature. */
export const entraClaimsSchema = z.object({
  ver: z.literal('2.0'),
  tid: z.guid(),
  oid: z.guid(),
  // Delegated (user) tokens carry scp; app-only tokens do not, and no person signed in to those.
  scp: z.string().min(1),
  name: z.string().optional(),
  preferred_username: z.string().optional(),
  upn: z.string().optional(),
  roles: z.array(z.string()).optional(),
});

export type EntraClaims = z.infer<typeof entraClaimsSchema>;

/** Maps app roles and PRSG membership (by oid) to the Principal; unknown app roles are ignored. */
export function principalFromEntraClaims(
  claims: EntraClaims,
  prsgMembers: readonly PrsgMemberRef[],
): Principal {
  // Case-insensitive: object ids are GUIDs, and a profile may hold one copied in upper case.
  const oid = claims.oid.toLowerCase();
  const member = prsgMembers.find((m) => m.objectId.toLowerCase() === oid);
  const granted = new Set<PrincipalRole>();
  for (const appRole of claims.roles ?? []) {
    const role = roleByAppRole.get(appRole);
    if (role) granted.add(role);
  }
  if (member) granted.add('reviewer');
  return {
    tenantId: claims.tid,
    userId: claims.oid,
    displayName: claims.name ?? claims.preferred_username ?? '',
    email: claims.preferred_username ?? claims.upn ?? '',
    roles: principalRoles.filter((role) => granted.has(role)),
    ...(member ? { agencyId: member.agencyId } : {}),
  };
}
