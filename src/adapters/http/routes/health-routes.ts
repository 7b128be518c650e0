import { Router } from 'express';
import { AppError } from '../../../domain/errors/index.ts';

export interface HealthDependencies {
  /** Resolves when the database answers; rejects otherwise. */
  readonly ping: () => Promise<void>;
}

/** Liveness (`/healthz`: the process answers) and readiness (`/readyz`: the database answers too). */
export function healthRoutes({ ping }: HealthDependencies): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await ping();
    } catch (cause) {
      throw new AppError('SERVICE_UNAVAILABLE', 'The database is not reachable.', { cause });
    }
    res.json({ status: 'ready' });
  });
  return router;
}
