import { Router, type Request } from 'express';
import { createReferral, createReferralInputSchema } from '../../../app/referrals/create-referral.ts';
import {
  approveReferralInputSchema,
  declineReferralInputSchema,
  decideReferral,
  returnReferralInputSchema,
} from '../../../app/referrals/decide-referral.ts';
import { getReferral } from '../../../app/referrals/get-referral.ts';
import { getReferralHistory } from '../../../app/referrals/get-referral-history.ts';
import { listReferrals, listReferralsInputSchema } from '../../../app/referrals/list-referrals.ts';
import type { ReferralDeps } from '../../../app/referrals/referral-deps.ts';
import type { ReferralView } from '../../../app/referrals/referral-view.ts';
import { submitReferral, submitReferralInputSchema } from '../../../app/referrals/submit-referral.ts';
import { updateReferralDraft } from '../../../app/referrals/update-referral-draft.ts';
import { withdrawReferral, withdrawReferralInputSchema } from '../../../app/referrals/withdraw-referral.ts';
import { AppError } from '../../../domain/errors/index.ts';
import { principalOf } from '../bearer-auth.ts';
import { expectedVersionOf, setVersionTag } from '../if-match.ts';
import { jsonBody } from '../json-body.ts';
import { validateBody } from '../validate-body.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A malformed id cannot name a referral: the same 404 as any other. */
function referralId(req: Request): string {
  const id = String(req.params.id ?? '');
  if (!uuid.test(id)) throw new AppError('NOT_FOUND');
  return id;
}

/** `/api/referrals`: the whole life of a referral for the tab and the Outlook add-in. */
export function referralRoutes(deps: ReferralDeps, bodyLimitBytes: number): Router {
  const router = Router();
  const body = jsonBody({ limitBytes: bodyLimitBytes });
  const send = (res: Parameters<Parameters<Router['get']>[1]>[1], view: ReferralView, status = 200) => {
    setVersionTag(res, view.version);
    res.status(status).json(view);
  };

  router.post('/', body, async (req, res) => {
    const input = validateBody(createReferralInputSchema, req.body);
    const view = await createReferral(deps, principalOf(res), input);
    res.setHeader('Location', `/api/referrals/${view.id}`);
    send(res, view, 201);
  });

  router.get('/', async (req, res) => {
    const { view } = validateBody(listReferralsInputSchema, req.query);
    res.json({ view, referrals: await listReferrals(deps, principalOf(res), view) });
  });

  router.get('/:id', async (req, res) => {
    send(res, await getReferral(deps, principalOf(res), referralId(req)));
  });

  router.patch('/:id', body, async (req, res) => {
    const id = referralId(req);
    const principal = principalOf(res);
    send(
      res,
      await updateReferralDraft(deps, principal, {
        id,
        expectedVersion: expectedVersionOf(req),
        patch: req.body,
      }),
    );
  });

  router.get('/:id/history', async (req, res) => {
    res.json({ events: await getReferralHistory(deps, principalOf(res), referralId(req)) });
  });

  router.post('/:id/submit', body, async (req, res) => {
    const id = referralId(req);
    send(
      res,
      await submitReferral(deps, principalOf(res), id, validateBody(submitReferralInputSchema, req.body)),
    );
  });

  router.post('/:id/approve', body, async (req, res) => {
    const id = referralId(req);
    const { comments } = validateBody(approveReferralInputSchema, req.body);
    send(res, await decideReferral(deps, principalOf(res), id, 'approve', comments));
  });

  router.post('/:id/return', body, async (req, res) => {
    const id = referralId(req);
    const { comments } = validateBody(returnReferralInputSchema, req.body);
    send(res, await decideReferral(deps, principalOf(res), id, 'return', comments));
  });

  router.post('/:id/decline', body, async (req, res) => {
    const id = referralId(req);
    const { reason } = validateBody(declineReferralInputSchema, req.body);
    send(res, await decideReferral(deps, principalOf(res), id, 'decline', reason));
  });

  router.post('/:id/withdraw', body, async (req, res) => {
    const id = referralId(req);
    validateBody(withdrawReferralInputSchema, req.body);
    send(res, await withdrawReferral(deps, principalOf(res), id));
  });

  return router;
}
