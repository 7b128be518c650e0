import { Router } from 'express';
import { z } from 'zod';
import { getMe } from '../../../app/me/get-me.ts';
import { listReviewers } from '../../../app/referrals/list-reviewers.ts';
import type { ReferralDeps } from '../../../app/referrals/referral-deps.ts';
import { principalOf } from '../bearer-auth.ts';
import { validateBody } from '../validate-body.ts';

const reviewersQuerySchema = z.strictObject({ agencyId: z.string().max(40).optional() });

/** `/api/me`, `/api/reviewers` and `/api/profile`: who I am, whom I can ask for QA, and the partnership's settings. */
export function meRoutes(deps: ReferralDeps): Router {
  const router = Router();
  router.get('/me', (_req, res) => {
    res.json(getMe(principalOf(res), deps.profile));
  });
  router.get('/reviewers', async (req, res) => {
    const principal = principalOf(res);
    const { agencyId } = validateBody(reviewersQuerySchema, req.query);
    res.json({ reviewers: await listReviewers(deps, principal, agencyId ?? principal.agencyId) });
  });
  router.get('/profile', (_req, res) => {
    const { prsgMembers: _members, retention: _retention, delivery: _delivery, ...publicPart } = deps.profile;
    res.json(publicPart);
  });
  return router;
}
