import { Router } from 'express';
import { z } from 'zod';
import { issueDevToken } from '../../auth/dev-tokens.ts';
import { devUserKeys, devUsers } from '../../auth/dev-users.ts';
import { jsonBody } from '../json-body.ts';
import { validateBody } from '../validate-body.ts';

const signInSchema = z.strictObject({ user: z.enum(devUserKeys) });

export interface DevSignInDependencies {
  readonly signingKey: Buffer;
  readonly tenantId: string;
  readonly now: () => Date;
}

/** `POST /api/dev/sign-in`: mounted only in dev mode, so in production the path does not exist. */
export function devSignInRoutes({ signingKey, tenantId, now }: DevSignInDependencies): Router {
  const router = Router();
  router.get('/users', (_req, res) => {
    res.json(devUserKeys.map((key) => ({ key, ...devUsers[key] })));
  });
  router.post('/sign-in', jsonBody({ limitBytes: 4 * 1024 }), async (req, res) => {
    const { user } = validateBody(signInSchema, req.body);
    res.json({ token: await issueDevToken(signingKey, tenantId, devUsers[user], now()) });
  });
  return router;
}
