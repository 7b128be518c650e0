import type { PartnershipProfile } from '../../config/profile/profile-schema.ts';
import { referralRouteLabels, type Referral } from '../../domain/referral/index.ts';
import type { MailAddress, OutgoingMail } from '../ports/mail-transport.ts';
import { emailHtml, type EmailRow } from './email-html.ts';
import { longDate } from './long-date.ts';

export interface ReferralEmailInput {
  readonly referralId: string;
  readonly reference: string;
  readonly referral: Referral;
  /** YYYY-MM-DD under the profile's deadline rule. */
  readonly dueBy: string | null;
  /** The PRSG member who approved it; the email address from the reviewer directory when known. */
  readonly reviewer: { readonly name: string; readonly email: string | undefined } | undefined;
  readonly profile: PartnershipProfile;
  readonly pdf: Uint8Array;
}

const pdfContentType = 'application/pdf';

/** Referrer and PRSG member in copy, once each, never the partnership mailbox itself. */
function copies(input: ReferralEmailInput): MailAddress[] {
  if (!input.profile.delivery.copyReferrerAndReviewer) return [];
  const { referrer } = input.referral;
  const candidates: MailAddress[] = [{ address: referrer.email, name: referrer.name }];
  if (input.reviewer?.email) candidates.push({ address: input.reviewer.email, name: input.reviewer.name });
  const seen = new Set([input.profile.mailbox.toLowerCase()]);
  return candidates.filter((c) => {
    const key = c.address.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The email to the partnership mailbox. Subject and body carry the marking, the reference and how to
 * reach the referrer and the PRSG member — never a child's details, which travel only in the PDF.
 */
export function buildReferralEmail(input: ReferralEmailInput): OutgoingMail {
  const { profile, referral, reference } = input;
  const agency =
    profile.agencies.find((a) => a.id === referral.referrer.agencyId)?.name ?? referral.referrer.agencyId;
  const summary: EmailRow[] = [
    { label: 'Reference', value: reference },
    { label: 'Agency', value: agency },
    { label: 'Route', value: referralRouteLabels[referral.route] },
    { label: 'Incident date', value: longDate(referral.dates.incidentDate) },
    { label: 'Date the agency became aware', value: longDate(referral.dates.awarenessDate) },
    ...(input.dueBy ? [{ label: 'Referral due by', value: longDate(input.dueBy) }] : []),
  ];
  const referrer: EmailRow[] = [
    { label: 'Name', value: referral.referrer.name },
    { label: 'Email', value: referral.referrer.email },
    { label: 'Phone', value: referral.referrer.phone },
  ];
  const reviewer: EmailRow[] = input.reviewer
    ? [
        { label: 'Name', value: input.reviewer.name },
        ...(input.reviewer.email ? [{ label: 'Email', value: input.reviewer.email }] : []),
      ]
    : [];
  const html = emailHtml(
    profile.securityMarking,
    [
      `A practice review referral from ${agency}, quality-assured and approved by their ${profile.qaRoleName}, is attached as a PDF (${reference}.pdf).`,
      `The attachment holds the referral in full. Handle it as ${profile.securityMarking}.`,
    ],
    [
      { heading: 'Referral', rows: summary },
      { heading: 'Referrer', rows: referrer },
      ...(reviewer.length > 0 ? [{ heading: profile.qaRoleName, rows: reviewer }] : []),
    ],
  );
  return {
    referralId: input.referralId,
    to: [{ address: profile.mailbox, name: profile.name }],
    cc: copies(input),
    subject: `${profile.securityMarking} Practice review referral ${reference}`,
    html,
    attachments: [{ name: `${reference}.pdf`, contentType: pdfContentType, bytes: input.pdf }],
  };
}
