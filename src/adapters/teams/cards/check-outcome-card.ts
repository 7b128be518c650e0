import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { Assessment } from '../../../app/assessments/assess-case.ts';
import type { AssessCaseInput } from '../../../app/assessments/assess-case-input.ts';
import type { Outcome } from '../../../domain/criteria/outcomes.ts';
import type { CardContext } from './card-context.ts';
import { card, execute, facts, heading, openUrl, paragraph, plain, plainList, title } from './card-kit.ts';
import { contactsAction } from './contacts.ts';
import { formatDate } from './formatting.ts';
import { reasonText } from '../../../domain/criteria/index.ts';
import { verbs } from './verbs.ts';

/** Outcomes after which a referral may follow (an urgent case first goes to the front door or police). */
const referable: readonly Outcome[] = [
  'must_refer',
  'may_refer',
  'discuss_first',
  'consider_sgor',
  'urgent_action',
];

function deadlineWords({ deadline }: CardContext['profile']): string {
  const unit = deadline.dayKind === 'working' ? 'working days' : 'days';
  const start = deadline.clockStart === 'incident' ? 'the incident' : 'when your agency became aware';
  return `Referrals are due within ${deadline.days} ${unit} of ${start}.`;
}

/**
 * The check's result: outcome, why, what to do next in the profile's words, the due date, and ways on.
 * `checkId` makes "start a referral" happen once however often Teams re-sends it.
 */
export function checkOutcomeCard(
  assessment: Assessment,
  input: AssessCaseInput,
  checkId: string,
  context: CardContext,
): IAdaptiveCard {
  const words = context.profile.outcomes[assessment.outcome];
  return card(
    [
      title(words.title),
      ...(context.devMode ? [paragraph('DEV MODE', { subtle: true })] : []),
      plain(words.summary),
      heading('Why'),
      ...plainList(assessment.reasons.map((r) => reasonText[r])),
      heading('What to do next'),
      ...plainList(words.nextSteps),
      ...(assessment.dueBy ? [facts([['Referral due by', formatDate(assessment.dueBy)]])] : []),
      paragraph(deadlineWords(context.profile), { subtle: true }),
    ],
    {
      actions: [
        ...(referable.includes(assessment.outcome)
          ? [
              execute(
                'Start a referral',
                verbs.startReferral,
                {
                  checkId,
                  answers: input.answers,
                  ...(input.incidentDate ? { incidentDate: input.incidentDate } : {}),
                },
                { style: 'positive' },
              ),
            ]
          : []),
        openUrl('Read the guidance', context.links.guidance()),
        contactsAction(context.profile),
        execute('Check another case', verbs.checkStart, {}),
      ],
      fallbackText: words.title,
    },
  );
}
