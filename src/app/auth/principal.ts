/** What a signed-in person may be, beyond referring (which everyone signed in may do). */
export const principalRoles = ['reviewer', 'partnership'] as const;
export type PrincipalRole = (typeof principalRoles)[number];

/** The signed-in person, established by an adapter from a verified token. Never from request bodies or card data. */
export interface Principal {
  readonly tenantId: string;
  /** Entra ID object id (oid). */
  readonly userId: string;
  readonly displayName: string;
  readonly email: string;
  readonly roles: readonly PrincipalRole[];
  /** The agency a PRSG member represents (from the profile's list), when known. */
  readonly agencyId?: string;
}

export const hasRole = (principal: Principal, role: PrincipalRole): boolean => principal.roles.includes(role);
