import { Router, type Request } from 'express';
import { getReferralDocument } from '../../../app/delivery/get-referral-document.ts';
import type { ReferralDocumentRenderer } from '../../../app/ports/referral-document-renderer.ts';
import type { ReferralDeps } from '../../../app/referrals/referral-deps.ts';
import { AppError } from '../../../domain/errors/index.ts';
import { principalOf } from '../bearer-auth.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A malformed id cannot name a referral: the same 404 as any other. */
export function referralIdParam(req: Request): string {
  const id = String(req.params.id ?? '');
  if (!uuid.test(id)) throw new AppError('NOT_FOUND');
  return id;
}

/** `GET /api/referrals/:id/document.pdf`: the referral as an accessible PDF, never cached. */
export function documentRoutes(deps: ReferralDeps & { readonly renderer: ReferralDocumentRenderer }): Router {
  const router = Router();
  router.get('/:id/document.pdf', async (req, res) => {
    const { reference, pdf } = await getReferralDocument(deps, principalOf(res), referralIdParam(req));
    const fileName = `${reference.replace(/[^A-Za-z0-9-]/g, '_')}.pdf`;
    res.status(200);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Length', String(pdf.byteLength));
    res.end(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
  });
  return router;
}
