import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import {
  abuseOrNeglectValues,
  assessCriteria,
  childStatusValues,
  eventValues,
  locationValues,
  outcomes,
  practiceConcernValues,
  reasonCodes,
  type AssessmentAnswers,
  type Outcome,
} from '../../../src/domain/criteria/index.ts';

const answersArbitrary: fc.Arbitrary<AssessmentAnswers> = fc.record({
  immediateRisk: fc.boolean(),
  event: fc.constantFrom(...eventValues),
  abuseOrNeglect: fc.constantFrom(...abuseOrNeglectValues),
  childStatus: fc.constantFrom(...childStatusValues),
  location: fc.constantFrom(...locationValues),
  practiceConcern: fc.constantFrom(...practiceConcernValues),
  goodPracticeOutcome: fc.boolean(),
});

/** The product brief's table, written again independently of the implementation: [rule, holds, outcome]. */
const reference: readonly [number, (a: AssessmentAnswers) => boolean, Outcome][] = [
  [1, (a) => a.immediateRisk === true, 'urgent_action'],
  [2, (a) => a.location !== 'in_area', 'other_partnership'],
  [3, (a) => a.childStatus === 'care_leaver_18_to_24' && a.event === 'died', 'discuss_first'],
  [4, (a) => ['care_leaver_18_to_24', 'adult'].includes(a.childStatus), 'not_for_review'],
  [
    5,
    (a) =>
      ['died', 'seriously_harmed'].includes(a.event) && ['known', 'suspected'].includes(a.abuseOrNeglect),
    'must_refer',
  ],
  [6, (a) => !['other_harm', 'no_harm'].includes(a.event) && a.abuseOrNeglect === 'unsure', 'discuss_first'],
  [7, (a) => a.practiceConcern === 'yes', 'may_refer'],
  [8, (a) => a.practiceConcern === 'unsure', 'discuss_first'],
  [9, (a) => a.goodPracticeOutcome === true, 'consider_sgor'],
  [10, () => true, 'not_for_review'],
];

const expected = (a: AssessmentAnswers): { rule: number; outcome: Outcome } => {
  for (const [rule, holds, outcome] of reference) if (holds(a)) return { rule, outcome };
  throw new Error('reference table is not total');
};

const allAnswers = (): AssessmentAnswers[] =>
  [true, false].flatMap((immediateRisk) =>
    eventValues.flatMap((event) =>
      abuseOrNeglectValues.flatMap((abuseOrNeglect) =>
        childStatusValues.flatMap((childStatus) =>
          locationValues.flatMap((location) =>
            practiceConcernValues.flatMap((practiceConcern) =>
              [true, false].map((goodPracticeOutcome) => ({
                immediateRisk,
                event,
                abuseOrNeglect,
                childStatus,
                location,
                practiceConcern,
                goodPracticeOutcome,
              })),
            ),
          ),
        ),
      ),
    ),
  );

describe('criteria check over the whole answer space', () => {
  it('always gives exactly one known outcome with at least one known reason', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = assessCriteria(answers);
        expect(outcomes).toContain(result.outcome);
        expect(result.reasons.length).toBeGreaterThan(0);
        for (const reason of result.reasons) expect(reasonCodes).toContain(reason);
      }),
    );
  });

  it('is decided by the first rule of the table whose condition holds', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const { rule, outcome } = assessCriteria(answers);
        expect({ rule, outcome }).toEqual(expected(answers));
      }),
    );
  });

  it('always answers urgent action when there is immediate risk', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expect(assessCriteria({ ...answers, immediateRisk: true }).outcome).toBe('urgent_action');
      }),
    );
  });

  it('sends anything outside the area to the other partnership unless there is immediate risk', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = assessCriteria({ ...answers, immediateRisk: false, location: 'outside_area' });
        expect(result.outcome).toBe('other_partnership');
      }),
    );
  });

  it('never asks for a children’s review of an adult', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = assessCriteria({
          ...answers,
          immediateRisk: false,
          location: 'in_area',
          childStatus: 'adult',
        });
        expect(result).toEqual({ outcome: 'not_for_review', rule: 4, reasons: ['not_a_child'] });
      }),
    );
  });

  it('matches the reference on all 1152 combinations, and every rule decides some of them', () => {
    const all = allAnswers();
    expect(all).toHaveLength(2 * 4 * 4 * 3 * 2 * 3 * 2);
    const decidedRules = new Set<number>();
    for (const answers of all) {
      const { rule, outcome } = assessCriteria(answers);
      expect({ rule, outcome }).toEqual(expected(answers));
      decidedRules.add(rule);
    }
    expect([...decidedRules].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('explains a referral that must be made by what happened and what is known about abuse', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = assessCriteria(answers);
        if (result.outcome !== 'must_refer') return;
        expect(result.reasons).toEqual([
          answers.event === 'died' ? 'child_died' : 'child_seriously_harmed',
          `abuse_or_neglect_${answers.abuseOrNeglect}`,
        ]);
      }),
    );
  });
});
