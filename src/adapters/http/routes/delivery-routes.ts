import { Router } from 'express';
import { retrySending, retrySendingInputSchema } from '../../../app/delivery/retry-sending.ts';
import type { ReferralDeps } from '../../../app/referrals/referral-deps.ts';
import { principalOf } from '../bearer-auth.ts';
import { setVersionTag } from '../if-match.ts';
import { jsonBody } from '../json-body.ts';
import { validateBody } from '../validate-body.ts';
import { referralIdParam } from './document-routes.ts';

const bodyLimitBytes = 4 * 1024;

/** `POST /api/referrals/:id/retry-sending`: the partnership asks for another delivery after a failure. */
export function deliveryRoutes(deps: ReferralDeps): Router {
  const router = Router();
  router.post('/:id/retry-sending', jsonBody({ limitBytes: bodyLimitBytes }), async (req, res) => {
    const id = referralIdParam(req);
    validateBody(retrySendingInputSchema, req.body);
    const view = await retrySending(deps, principalOf(res), id);
    setVersionTag(res, view.version);
    res.json(view);
  });
  return router;
}
