import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { RequestHandler, Response } from 'express';
import type { Principal } from '../../app/auth/principal.ts';
import { AppError } from '../../domain/errors/index.ts';

const windowMs = 60_000;

/**
 * Per signed-in user (after sign-in) or per address (before it), answered as 429 problem+json with
 * Retry-After. Counts live in this process; behind a load balancer each copy counts its own share.
 */
export function rateLimitPerMinute(limit: number, by: 'user' | 'address'): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req, res: Response) => {
      const principal = res.locals.principal as Principal | undefined;
      return by === 'user' && principal
        ? `${principal.tenantId}:${principal.userId}`
        : ipKeyGenerator(req.ip ?? 'unknown');
    },
    handler: (_req, _res, next) => next(new AppError('RATE_LIMITED')),
  });
}
