import type { AssessmentAnswers } from './answers.ts';
import type { Outcome } from './outcomes.ts';
import type { ReasonCode } from './reason-codes.ts';

export type Reasons = readonly [ReasonCode, ...ReasonCode[]];

export interface CriteriaRule {
  /** The row of the product's rule table, 1..10. */
  readonly rule: number;
  readonly when: (answers: AssessmentAnswers) => boolean;
  readonly outcome: Outcome;
  readonly reasons: (answers: AssessmentAnswers) => Reasons;
}

export interface CriteriaAssessment {
  readonly outcome: Outcome;
  readonly rule: number;
  readonly reasons: Reasons;
}

const diedOrSeriouslyHarmed = (a: AssessmentAnswers): boolean =>
  a.event === 'died' || a.event === 'seriously_harmed';

const eventReason = (a: AssessmentAnswers): ReasonCode =>
  a.event === 'died' ? 'child_died' : 'child_seriously_harmed';

const otherwise: CriteriaRule = {
  rule: 10,
  when: () => true,
  outcome: 'not_for_review',
  reasons: () => ['criteria_not_met'],
};

/** The product's rule table, in order: the first rule whose `when` holds decides. */
export const criteriaRules: readonly CriteriaRule[] = [
  { rule: 1, when: (a) => a.immediateRisk, outcome: 'urgent_action', reasons: () => ['immediate_risk'] },
  {
    rule: 2,
    when: (a) => a.location === 'outside_area',
    outcome: 'other_partnership',
    reasons: () => ['outside_area'],
  },
  {
    rule: 3,
    when: (a) => a.childStatus === 'care_leaver_18_to_24' && a.event === 'died',
    outcome: 'discuss_first',
    reasons: () => ['care_leaver_died'],
  },
  {
    rule: 4,
    when: (a) => a.childStatus !== 'under_18',
    outcome: 'not_for_review',
    reasons: (a) => [a.childStatus === 'care_leaver_18_to_24' ? 'care_leaver_not_died' : 'not_a_child'],
  },
  {
    rule: 5,
    when: (a) =>
      diedOrSeriouslyHarmed(a) && (a.abuseOrNeglect === 'known' || a.abuseOrNeglect === 'suspected'),
    outcome: 'must_refer',
    reasons: (a) => [
      eventReason(a),
      a.abuseOrNeglect === 'known' ? 'abuse_or_neglect_known' : 'abuse_or_neglect_suspected',
    ],
  },
  {
    rule: 6,
    when: (a) => diedOrSeriouslyHarmed(a) && a.abuseOrNeglect === 'unsure',
    outcome: 'discuss_first',
    reasons: (a) => [eventReason(a), 'abuse_or_neglect_unsure'],
  },
  {
    rule: 7,
    when: (a) => a.practiceConcern === 'yes',
    outcome: 'may_refer',
    reasons: () => ['practice_not_robust'],
  },
  {
    rule: 8,
    when: (a) => a.practiceConcern === 'unsure',
    outcome: 'discuss_first',
    reasons: () => ['practice_concern_unsure'],
  },
  {
    rule: 9,
    when: (a) => a.goodPracticeOutcome,
    outcome: 'consider_sgor',
    reasons: () => ['good_practice_outcome'],
  },
  otherwise,
];

/** One outcome per check: the first matching rule of the table decides. */
export const assessCriteria = (answers: AssessmentAnswers): CriteriaAssessment => {
  // `otherwise` always matches, so the fallback only satisfies the type checker.
  const decided = criteriaRules.find((r) => r.when(answers)) ?? otherwise;
  return { outcome: decided.outcome, rule: decided.rule, reasons: decided.reasons(answers) };
};
