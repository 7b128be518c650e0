import type { ReferralCardFacts } from '../../../app/notifications/card-facts.ts';
import { execute, paragraph, showCard, textInput } from './card-kit.ts';
import { verbs } from './verbs.ts';

/** Comments land in the referrer's Teams chat, so they must not carry a child's details. */
const privacyHint =
  'These words are shown to the referrer in Teams: do not include a child’s name or details.';

/** Approve, return with comments, decline with a reason: each opens in place with its own input. */
export function decisionActions(f: ReferralCardFacts) {
  const data = { referralId: f.id, submittedAt: f.submittedAt };
  return [
    showCard(
      'Approve',
      [
        textInput('approveComments', 'Comments (optional)', { required: false, maxLength: 2000 }),
        paragraph(privacyHint, { subtle: true }),
      ],
      [
        execute('Approve and send to the partnership', verbs.approve, data, {
          style: 'positive',
          withInputs: true,
        }),
      ],
    ),
    showCard(
      'Return with comments',
      [
        textInput('returnComments', 'What needs to change?', { required: true, maxLength: 4000 }),
        paragraph(privacyHint, { subtle: true }),
      ],
      [execute('Return to the referrer', verbs.return, data, { withInputs: true })],
    ),
    showCard(
      'Decline',
      [
        textInput('declineReason', 'Why is it declined? (for example, advise another route)', {
          required: true,
          maxLength: 4000,
        }),
        paragraph(privacyHint, { subtle: true }),
      ],
      [execute('Decline the referral', verbs.decline, data, { style: 'destructive', withInputs: true })],
    ),
  ];
}
