import type { ReferralState } from '../../../domain/workflow/index.ts';
import type { ReferralCardFacts } from '../../../app/notifications/card-facts.ts';

const stateLabels: Readonly<Record<ReferralState, string>> = {
  draft: 'Draft',
  submitted: 'With the {qaRole} for quality assurance',
  changes_requested: 'Returned for changes',
  approved: 'Approved',
  sending: 'Sending to the partnership',
  sent: 'Sent to the partnership',
  send_failed: 'Sending failed',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

/** The referral's state in a few words, in the profile's name for the QA role. */
export const stateLabel = (state: ReferralState, qaRoleName: string): string =>
  stateLabels[state].replace('{qaRole}', qaRoleName);

/** One line saying where the referral is, from where the viewer stands. Our own words only. */
export function stateLine(facts: ReferralCardFacts, viewerId: string, qaRoleName: string): string {
  const isReviewer = viewerId === facts.reviewerId && viewerId !== facts.ownerId;
  switch (facts.state) {
    case 'draft':
      return `Draft. Finish it in the tab, then send it to your ${qaRoleName}.`;
    case 'submitted':
      return isReviewer
        ? 'Waiting for your quality assurance.'
        : `With your ${qaRoleName} for quality assurance.`;
    case 'changes_requested':
      return isReviewer ? 'Returned to the referrer for changes.' : 'Returned to you for changes.';
    case 'approved':
      return 'Approved. It is being sent to the partnership.';
    case 'sending':
      return 'Approved. It is being sent to the partnership.';
    case 'sent':
      return 'Sent to the partnership.';
    case 'send_failed':
      return 'Approved, but sending it to the partnership failed. The partnership business unit can send it again.';
    case 'declined':
      return `Declined by the ${qaRoleName}.`;
    case 'withdrawn':
      return 'Withdrawn by the referrer. Nothing more to do.';
  }
}
