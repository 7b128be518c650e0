import type { OutgoingMail } from '../ports/mail-transport.ts';
import type { ReferralRecord } from '../ports/referral-repository.ts';
import { contentOf } from '../referrals/referral-content.ts';
import { buildReferralEmail } from './build-referral-email.ts';
import type { DeliveryDeps } from './delivery-deps.ts';
import { referralDocumentOf } from './referral-document-of.ts';

/** The approving PRSG member: name from the QA record, email from the reviewer directory. */
async function approver(deps: DeliveryDeps, record: ReferralRecord, content: ReturnType<typeof contentOf>) {
  const approval = content.qaDecisions.findLast((d) => d.decision === 'approved');
  if (!approval) return undefined;
  const listed = await deps.directory.findReviewer(record.tenantId, approval.reviewerId);
  return { name: approval.reviewerName, email: listed?.email };
}

/** Renders the PDF and builds the email for a referral about to be sent. */
export async function composeReferralEmail(
  deps: DeliveryDeps,
  record: ReferralRecord,
): Promise<OutgoingMail> {
  const now = deps.clock.now();
  const content = contentOf(record);
  const document = referralDocumentOf(record, content, deps.profile, now);
  return buildReferralEmail({
    referralId: record.id,
    reference: record.reference,
    referral: document.referral,
    dueBy: record.dueBy,
    reviewer: await approver(deps, record, content),
    profile: deps.profile,
    pdf: await deps.renderer.render(document),
  });
}
