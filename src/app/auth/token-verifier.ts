import type { Principal } from './principal.ts';

/**
 * Turns a bearer token into a Principal, or `undefined` when the token is not one this verifier
 * accepts (bad signature, wrong issuer/audience/tenant, expired...). It never says why to the caller.
 */
export interface TokenVerifier {
  verify(token: string): Promise<Principal | undefined>;
}
