import type { AssessmentAnswers } from './answers.ts';
import type { ReasonCode } from './reason-codes.ts';

export type QuestionId = keyof AssessmentAnswers;

export interface QuestionOption {
  readonly value: string;
  readonly label: string;
}

/** One question of the criteria check as every surface (tab, bot, add-in) asks it. */
export interface CriteriaQuestion {
  readonly id: QuestionId;
  readonly label: string;
  readonly hint?: string;
  /** Values as strings: the answer schema's enum values, or `true` / `false` for yes-no questions. */
  readonly options: readonly QuestionOption[];
}

const yesNo: readonly QuestionOption[] = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

export const criteriaQuestions: Readonly<Record<QuestionId, CriteriaQuestion>> = {
  immediateRisk: { id: 'immediateRisk', label: 'Is any child at immediate risk now?', options: yesNo },
  event: {
    id: 'event',
    label: 'What happened to the child?',
    hint: 'Serious harm includes serious or long-term impairment of health or development, even if the child recovers.',
    options: [
      { value: 'died', label: 'The child died' },
      { value: 'seriously_harmed', label: 'The child was seriously harmed' },
      { value: 'other_harm', label: 'Other harm' },
      { value: 'no_harm', label: 'No harm' },
    ],
  },
  abuseOrNeglect: {
    id: 'abuseOrNeglect',
    label: 'Is abuse or neglect known or suspected?',
    options: [
      { value: 'known', label: 'Known' },
      { value: 'suspected', label: 'Suspected' },
      { value: 'not_suspected', label: 'Not suspected' },
      { value: 'unsure', label: 'Not sure' },
    ],
  },
  childStatus: {
    id: 'childStatus',
    label: 'Who is the child?',
    hint: 'An unborn child counts as under 18.',
    options: [
      { value: 'under_18', label: 'Under 18 (or unborn)' },
      { value: 'care_leaver_18_to_24', label: 'A care leaver aged 18 to 24' },
      { value: 'adult', label: 'An adult' },
    ],
  },
  location: {
    id: 'location',
    label: 'Where did it happen?',
    options: [
      {
        value: 'in_area',
        label: 'In the partnership’s area, or the child lives here and it happened outside England',
      },
      { value: 'outside_area', label: 'Outside the partnership’s area' },
    ],
  },
  practiceConcern: {
    id: 'practiceConcern',
    label: 'Was multi-agency practice not robust?',
    options: [
      { value: 'yes', label: 'Yes, agencies did not work well together' },
      { value: 'no', label: 'No' },
      { value: 'unsure', label: 'Not sure' },
    ],
  },
  goodPracticeOutcome: {
    id: 'goodPracticeOutcome',
    label: 'Did strong multi-agency work lead to a good outcome?',
    options: yesNo,
  },
};

/** The order the questions are asked in. */
export const criteriaQuestionOrder: readonly QuestionId[] = [
  'immediateRisk',
  'event',
  'abuseOrNeglect',
  'childStatus',
  'location',
  'practiceConcern',
  'goodPracticeOutcome',
];

/** Each reason code in plain words. */
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
