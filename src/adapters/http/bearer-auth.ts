import type { RequestHandler, Response } from 'express';
import type { Principal } from '../../app/auth/principal.ts';
import type { TokenVerifier } from '../../app/auth/token-verifier.ts';
import { AppError } from '../../domain/errors/index.ts';

const bearerPattern = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/;

/**
 * Requires `Authorization: Bearer <token>` accepted by one of the verifiers, and an allow-listed tenant.
 * A failure is a bare 401: no hint whether the token was expired, forged or from another tenant.
 */
export function requireSignIn(
  verifiers: readonly TokenVerifier[],
  allowedTenantIds: readonly string[],
): RequestHandler {
  return async (req, res, next) => {
    const match = bearerPattern.exec(req.headers.authorization ?? '');
    const token = match?.[1];
    let principal: Principal | undefined;
    for (const verifier of token ? verifiers : []) {
      principal = await verifier.verify(token!);
      if (principal) break;
    }
    if (!principal || !allowedTenantIds.includes(principal.tenantId)) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      next(new AppError('UNAUTHENTICATED'));
      return;
    }
    res.locals.principal = principal;
    next();
  };
}

/** The principal requireSignIn established for this request. */
export function principalOf(res: Response): Principal {
  const principal = res.locals.principal as Principal | undefined;
  if (!principal) throw new AppError('UNAUTHENTICATED');
  return principal;
}
