import type { Principal } from '../auth/principal.ts';
import type { PartnershipProfile } from '../../config/profile/profile-schema.ts';

export interface Me {
  readonly userId: string;
  readonly tenantId: string;
  readonly displayName: string;
  readonly email: string;
  readonly roles: readonly string[];
  readonly agencyId: string | null;
  readonly partnership: { readonly name: string; readonly shortName: string; readonly qaRoleName: string };
}

/** Who I am to the app: roles, agency, and which partnership this deployment serves. */
export function getMe(principal: Principal, profile: PartnershipProfile): Me {
  return {
    userId: principal.userId,
    tenantId: principal.tenantId,
    displayName: principal.displayName,
    email: principal.email,
    roles: ['referrer', ...principal.roles],
    agencyId: principal.agencyId ?? null,
    partnership: { name: profile.name, shortName: profile.shortName, qaRoleName: profile.qaRoleName },
  };
}
