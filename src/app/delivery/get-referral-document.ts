import type { Principal } from '../auth/principal.ts';
import type { ReferralDocumentRenderer } from '../ports/referral-document-renderer.ts';
import { findReadableReferral } from '../referrals/find-readable-referral.ts';
import { contentOf } from '../referrals/referral-content.ts';
import type { ReferralDeps } from '../referrals/referral-deps.ts';
import { referralDocumentOf } from './referral-document-of.ts';

export interface ReferralPdf {
  readonly reference: string;
  readonly pdf: Uint8Array;
}

/** The referral as a PDF, for those who may read it; the read is audited before anything is rendered. */
export async function getReferralDocument(
  deps: ReferralDeps & { readonly renderer: ReferralDocumentRenderer },
  principal: Principal,
  id: string,
): Promise<ReferralPdf> {
  const now = deps.clock.now();
  const record = await deps.store.transaction((tx) =>
    findReadableReferral(tx, principal, id, now, 'referral.document_read'),
  );
  const document = referralDocumentOf(record, contentOf(record), deps.profile, now);
  return { reference: record.reference, pdf: await deps.renderer.render(document) };
}
