import type { ReasonCode } from '../../../domain/criteria/reason-codes.ts';
import type { ReferralState } from '../../../domain/workflow/index.ts';
import type { ReferralCardFacts } from '../../../app/notifications/card-facts.ts';

export const reasonText: Readonly<Record<ReasonCode, string>> = {
  immediate_risk: 'A child may be at immediate risk.',
  outside_area: 'It happened outside the partnership’s area.',
  care_leaver_died: 'A care leaver aged 18 to 24 died.',
  care_leaver_not_died: 'The person is a care leaver aged 18 to 24 who did not die.',
  not_a_child: 'The person is not a child.',
  child_died: 'The child died.',
  child_seriously_harmed: 'The child was seriously harmed.',
  abuse_or_neglect_known: 'Abuse or neglect is known.',
  abuse_or_neglect_suspected: 'Abuse or neglect is suspected.',
  abuse_or_neglect_unsure: 'It is not yet clear whether there was abuse or neglect.',
  practice_not_robust: 'Multi-agency practice was not robust.',
  practice_concern_unsure: 'It is not clear whether multi-agency practice was robust.',
  good_practice_outcome: 'Strong multi-agency work led to a good outcome.',
  criteria_not_met: 'None of the review criteria are met.',
};

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
