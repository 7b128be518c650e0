import type { OtherProcessesDraft } from '../draft/referral-draft-schema.ts';
import { textLimits } from '../limits.ts';
import type { NationalPanelAnswer, OtherProcesses } from '../referral.ts';
import type { YesNoUnknown } from '../referral-options.ts';
import { all, invalid, map, valid, type Checked } from './checked.ts';
import { requiredChoice } from './choice-checks.ts';
import { notAfterToday, requiredDate } from './date-checks.ts';
import type { ReadyFacts } from './ready-facts.ts';
import { optionalText } from './text-checks.ts';

const notKnownHint = "or choose 'Not known'";

const yesNoUnknown = (
  value: YesNoUnknown | undefined,
  field: string,
  question: string,
): Checked<YesNoUnknown> =>
  requiredChoice(value, `otherProcesses.${field}`, `Say whether ${question}, ${notKnownHint}`);

function checkNationalPanel(draft: OtherProcessesDraft, facts: ReadyFacts): Checked<NationalPanelAnswer> {
  const answer = draft.nationalPanelNotified;
  if (answer === undefined) {
    return invalid(
      'otherProcesses.nationalPanelNotified',
      `Say whether the local authority has notified the National Panel, ${notKnownHint}`,
    );
  }
  if (answer !== 'yes') return valid({ nationalPanelNotified: answer });
  const label = 'The date the National Panel was notified';
  const date = requiredDate(
    draft.nationalPanelNotifiedDate,
    'otherProcesses.nationalPanelNotifiedDate',
    'Enter the date the National Panel was notified',
    {
      label,
      notBefore: [{ date: facts.incidentDate, message: `${label} must be on or after the incident date` }],
      notAfter: [notAfterToday(facts.today, label)],
    },
  );
  return map(date, (notified) => ({ nationalPanelNotified: answer, nationalPanelNotifiedDate: notified }));
}

export function checkOtherProcesses(
  draft: OtherProcessesDraft = {},
  facts: ReadyFacts,
): Checked<OtherProcesses> {
  const checked = all({
    nationalPanel: checkNationalPanel(draft, facts),
    policeInvestigation: yesNoUnknown(
      draft.policeInvestigation,
      'policeInvestigation',
      'there is a police investigation',
    ),
    coroner: yesNoUnknown(draft.coroner, 'coroner', 'the coroner is involved'),
    childDeathOverviewPanel: yesNoUnknown(
      draft.childDeathOverviewPanel,
      'childDeathOverviewPanel',
      'the Child Death Overview Panel is involved',
    ),
    mediaInterest: yesNoUnknown(draft.mediaInterest, 'mediaInterest', 'there is media interest'),
    otherReviews: yesNoUnknown(
      draft.otherReviews,
      'otherReviews',
      'another review is under way, such as a domestic homicide review or a safeguarding adults review',
    ),
    // Details of other reviews mean nothing once the answer is "no", so they are left out.
    otherReviewsDetails:
      draft.otherReviews === 'no'
        ? valid(undefined)
        : optionalText(
            draft.otherReviewsDetails,
            'otherProcesses.otherReviewsDetails',
            textLimits.otherReviewsDetails,
          ),
  });
  return map(checked, ({ nationalPanel, ...rest }) => ({ ...nationalPanel, ...rest }));
}
