import express, { type ErrorRequestHandler, type Express, type Router } from 'express';
import type { TokenVerifier } from '../../app/auth/token-verifier.ts';
import type { ReferralDeps } from '../../app/referrals/referral-deps.ts';
import { AppError, isAppError } from '../../domain/errors/index.ts';
import type { Logger } from '../logging/create-logger.ts';
import { safeErrorFields } from '../logging/safe-error-fields.ts';
import { requireSignIn } from './bearer-auth.ts';
import { sendProblem } from './problem-details.ts';
import { rateLimitPerMinute } from './rate-limits.ts';
import { requestLog } from './request-log.ts';
import { assessmentRoutes } from './routes/assessment-routes.ts';
import { devSignInRoutes, type DevSignInDependencies } from './routes/dev-sign-in-routes.ts';
import { healthRoutes, type HealthDependencies } from './routes/health-routes.ts';
import { meRoutes } from './routes/me-routes.ts';
import { partnershipRoutes } from './routes/partnership-routes.ts';
import { clientConfigRoutes, type ClientConfig } from './routes/client-config-routes.ts';
import { referralRoutes } from './routes/referral-routes.ts';
import { securityHeaders } from './security-headers.ts';
import { staticWeb } from './static-web.ts';

export interface HttpDependencies {
  readonly logger: Logger;
  readonly health: HealthDependencies;
  readonly verifiers: readonly TokenVerifier[];
  readonly allowedTenantIds: readonly string[];
  readonly referrals: ReferralDeps;
  /** More routes under `/api/referrals` (e.g. the PDF and retry-sending), behind the same sign-in. */
  readonly referralExtensions?: readonly Router[];
  /** Requests per minute per signed-in user; the per-address limit before sign-in is four times this. */
  readonly rateLimitPerMinute: number;
  readonly clientConfig: ClientConfig;
  /** `POST /api/messages`, the Teams bot: authenticated by the Bot Framework, not by our sign-in. */
  readonly bot?: Router;
  /** Present in dev mode only. */
  readonly devSignIn: DevSignInDependencies | undefined;
  readonly webRoot: string;
}

const apiBodyLimitBytes = 256 * 1024;

export function createHttpApp(deps: HttpDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.set('query parser', 'simple');
  app.use(securityHeaders());
  app.use(requestLog(deps.logger));

  app.use(healthRoutes(deps.health));
  // Before the per-address /api limit: Bot Framework traffic comes from Microsoft's shared addresses.
  if (deps.bot) app.use(deps.bot);
  app.use('/api', rateLimitPerMinute(deps.rateLimitPerMinute * 4, 'address'));
  app.use('/api', clientConfigRoutes(deps.clientConfig));
  if (deps.devSignIn) app.use('/api/dev', devSignInRoutes(deps.devSignIn));

  const signedIn = [
    requireSignIn(deps.verifiers, deps.allowedTenantIds),
    rateLimitPerMinute(deps.rateLimitPerMinute, 'user'),
  ];
  const { profile, clock } = deps.referrals;
  app.use(
    '/api/assessments',
    signedIn,
    assessmentRoutes(() => ({ profile, now: clock.now() })),
  );
  app.use(
    '/api/referrals',
    signedIn,
    referralRoutes(deps.referrals, apiBodyLimitBytes),
    ...(deps.referralExtensions ?? []),
  );
  app.use('/api/partnership', signedIn, partnershipRoutes(deps.referrals));
  app.use('/api', signedIn, meRoutes(deps.referrals));

  app.use('/api', (_req, _res, next) => next(new AppError('NOT_FOUND')));
  app.use(staticWeb(deps.webRoot));
  app.use((_req, _res, next) => next(new AppError('NOT_FOUND')));
  app.use(errorHandler(deps.logger));
  return app;
}

function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (!isAppError(error)) logger.error(safeErrorFields(error), 'unhandled request error');
    sendProblem(res, error);
  };
}
