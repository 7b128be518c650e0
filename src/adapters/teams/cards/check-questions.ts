import type { QuestionId } from '../../../domain/criteria/index.ts';

export type { QuestionId } from '../../../domain/criteria/index.ts';

/** Answers as the cards carry them: strings, filled in step by step. */
export type AnswerDraft = Partial<Record<QuestionId, string>>;

/** One group of questions per card; the incident date is asked on the last. */
export const checkSteps: readonly (readonly QuestionId[])[] = [
  ['immediateRisk'],
  ['event', 'abuseOrNeglect'],
  ['childStatus', 'location'],
  ['practiceConcern', 'goodPracticeOutcome'],
];
