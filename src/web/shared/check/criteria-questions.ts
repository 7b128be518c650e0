import {
  criteriaQuestionOrder,
  criteriaQuestions,
  type CriteriaQuestion,
} from '../../../domain/criteria/criteria-wording.ts';

export { reasonText } from '../../../domain/criteria/criteria-wording.ts';

/** The criteria check's questions in the order the tab asks them, one per step. */
export const orderedQuestions: readonly CriteriaQuestion[] = criteriaQuestionOrder.map(
  (id) => criteriaQuestions[id],
);

const booleanQuestions = new Set(['immediateRisk', 'goodPracticeOutcome']);

/** Turns the form's string values into the answer types the service expects. */
export function toAnswers(values: Readonly<Record<string, string>>): Record<string, string | boolean> {
  return Object.fromEntries(
    Object.entries(values).map(([id, value]) => [id, booleanQuestions.has(id) ? value === 'true' : value]),
  );
}

/** Used only when the profile has no wording of its own for an outcome. */
export const outcomeTitle: Readonly<Record<string, string>> = {
  urgent_action: 'Act now to keep the child safe',
  other_partnership: 'Refer to another partnership',
  not_for_review: 'Not for a practice review',
  discuss_first: 'Discuss it today, then decide',
  must_refer: 'A referral must be made',
  may_refer: 'You can make a referral',
  consider_sgor: 'Consider a Seriously Good Outcome Review',
};
