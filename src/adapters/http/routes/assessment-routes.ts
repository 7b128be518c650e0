import { Router } from 'express';
import { assessCase, type AssessCaseContext } from '../../../app/assessments/assess-case.ts';
import { assessCaseInputSchema } from '../../../app/assessments/assess-case-input.ts';
import { jsonBody } from '../json-body.ts';
import { validateBody } from '../validate-body.ts';

/** `POST /api/assessments`: the criteria check for any signed-in user. */
export function assessmentRoutes(context: () => AssessCaseContext): Router {
  const router = Router();
  router.post('/', jsonBody({ limitBytes: 64 * 1024, oversizeAsValidationError: true }), (req, res) => {
    const input = validateBody(assessCaseInputSchema, req.body);
    res.json(assessCase(input, context()));
  });
  return router;
}
