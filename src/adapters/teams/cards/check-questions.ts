import type { AssessmentAnswers } from '../../../domain/criteria/answers.ts';
import type { ChoiceOption } from './card-kit.ts';

export type QuestionId = keyof AssessmentAnswers;

/** Answers as the cards carry them: strings, filled in step by step. */
export type AnswerDraft = Partial<Record<QuestionId, string>>;

export interface CheckQuestion {
  readonly id: QuestionId;
  readonly label: string;
  readonly hint?: string;
  readonly options: readonly ChoiceOption[];
}

const yesNo: readonly ChoiceOption[] = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

export const checkQuestions: Readonly<Record<QuestionId, CheckQuestion>> = {
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
      { value: 'outside_area', label: 'Somewhere else' },
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

/** One group of questions per card; the incident date is asked on the last. */
export const checkSteps: readonly (readonly QuestionId[])[] = [
  ['immediateRisk'],
  ['event', 'abuseOrNeglect'],
  ['childStatus', 'location'],
  ['practiceConcern', 'goodPracticeOutcome'],
];
