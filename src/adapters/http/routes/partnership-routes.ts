import { Router } from 'express';
import { getTimeliness } from '../../../app/partnership/get-timeliness.ts';
import type { ReferralDeps } from '../../../app/referrals/referral-deps.ts';
import { principalOf } from '../bearer-auth.ts';

/** `/api/partnership`: the business unit's figures. */
export function partnershipRoutes(deps: ReferralDeps): Router {
  const router = Router();
  router.get('/timeliness', async (_req, res) => {
    res.json(await getTimeliness(deps, principalOf(res)));
  });
  return router;
}
