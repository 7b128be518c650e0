import { describe, it, expect } from '@jest/globals';
import {
  assessCriteria,
  criteriaRules,
  reasonCodes,
  type AssessmentAnswers,
} from '../../../src/domain/criteria/index.ts';

/** Answers that meet no rule but the last; each test changes only what its row is about. */
const answers = (overrides: Partial<AssessmentAnswers> = {}): AssessmentAnswers => ({
  immediateRisk: false,
  event: 'no_harm',
  abuseOrNeglect: 'not_suspected',
  childStatus: 'under_18',
  location: 'in_area',
  practiceConcern: 'no',
  goodPracticeOutcome: false,
  ...overrides,
});

describe('criteria check, one row of the rule table at a time', () => {
  it('rule 1: immediate risk means urgent action, whatever else is answered', () => {
    const result = assessCriteria(
      answers({ immediateRisk: true, location: 'outside_area', event: 'died', abuseOrNeglect: 'known' }),
    );
    expect(result).toEqual({ outcome: 'urgent_action', rule: 1, reasons: ['immediate_risk'] });
  });

  it('rule 2: outside the area goes to the other partnership, even for a child who died of known abuse', () => {
    const result = assessCriteria(
      answers({ location: 'outside_area', event: 'died', abuseOrNeglect: 'known' }),
    );
    expect(result).toEqual({ outcome: 'other_partnership', rule: 2, reasons: ['outside_area'] });
  });

  it('rule 3: a care leaver aged 18 to 24 who died is discussed first', () => {
    const result = assessCriteria(
      answers({ childStatus: 'care_leaver_18_to_24', event: 'died', abuseOrNeglect: 'not_suspected' }),
    );
    expect(result).toEqual({ outcome: 'discuss_first', rule: 3, reasons: ['care_leaver_died'] });
  });

  it('rule 3: applies to a care leaver who died even when abuse is known and practice was poor', () => {
    const result = assessCriteria(
      answers({
        childStatus: 'care_leaver_18_to_24',
        event: 'died',
        abuseOrNeglect: 'known',
        practiceConcern: 'yes',
      }),
    );
    expect(result.rule).toBe(3);
  });

  it('rule 4: a seriously harmed care leaver is not for a children’s practice review', () => {
    const result = assessCriteria(
      answers({ childStatus: 'care_leaver_18_to_24', event: 'seriously_harmed', abuseOrNeglect: 'known' }),
    );
    expect(result).toEqual({ outcome: 'not_for_review', rule: 4, reasons: ['care_leaver_not_died'] });
  });

  it('rule 4: an adult who died of known abuse is for adult safeguarding routes', () => {
    const result = assessCriteria(answers({ childStatus: 'adult', event: 'died', abuseOrNeglect: 'known' }));
    expect(result).toEqual({ outcome: 'not_for_review', rule: 4, reasons: ['not_a_child'] });
  });

  it('rule 4: an adult case with good practice is still not for review', () => {
    const result = assessCriteria(
      answers({ childStatus: 'adult', practiceConcern: 'yes', goodPracticeOutcome: true }),
    );
    expect(result.rule).toBe(4);
  });

  it('rule 5: a child who died where abuse or neglect is known must be referred', () => {
    const result = assessCriteria(answers({ event: 'died', abuseOrNeglect: 'known' }));
    expect(result).toEqual({
      outcome: 'must_refer',
      rule: 5,
      reasons: ['child_died', 'abuse_or_neglect_known'],
    });
  });

  it('rule 5: a seriously harmed child where abuse or neglect is suspected must be referred', () => {
    const result = assessCriteria(answers({ event: 'seriously_harmed', abuseOrNeglect: 'suspected' }));
    expect(result).toEqual({
      outcome: 'must_refer',
      rule: 5,
      reasons: ['child_seriously_harmed', 'abuse_or_neglect_suspected'],
    });
  });

  it('rule 5: an unborn child (answered as under 18) seriously harmed by suspected abuse must be referred', () => {
    const result = assessCriteria(
      answers({ childStatus: 'under_18', event: 'seriously_harmed', abuseOrNeglect: 'suspected' }),
    );
    expect(result.outcome).toBe('must_refer');
  });

  it('rule 6: a child who died where abuse or neglect is unsure is discussed first today', () => {
    const result = assessCriteria(answers({ event: 'died', abuseOrNeglect: 'unsure' }));
    expect(result).toEqual({
      outcome: 'discuss_first',
      rule: 6,
      reasons: ['child_died', 'abuse_or_neglect_unsure'],
    });
  });

  it('rule 6: a seriously harmed child where abuse is unsure is discussed first, even with good practice', () => {
    const result = assessCriteria(
      answers({ event: 'seriously_harmed', abuseOrNeglect: 'unsure', goodPracticeOutcome: true }),
    );
    expect(result).toEqual({
      outcome: 'discuss_first',
      rule: 6,
      reasons: ['child_seriously_harmed', 'abuse_or_neglect_unsure'],
    });
  });

  it('rule 7: practice that was not robust may be referred', () => {
    const result = assessCriteria(answers({ event: 'other_harm', practiceConcern: 'yes' }));
    expect(result).toEqual({ outcome: 'may_refer', rule: 7, reasons: ['practice_not_robust'] });
  });

  it('rule 7: a child who died with no abuse suspected but poor practice may be referred', () => {
    const result = assessCriteria(
      answers({ event: 'died', abuseOrNeglect: 'not_suspected', practiceConcern: 'yes' }),
    );
    expect(result.rule).toBe(7);
  });

  it('rule 7: wins over a good practice outcome', () => {
    const result = assessCriteria(answers({ practiceConcern: 'yes', goodPracticeOutcome: true }));
    expect(result.outcome).toBe('may_refer');
  });

  it('rule 8: unsure about practice is discussed first', () => {
    const result = assessCriteria(answers({ practiceConcern: 'unsure', goodPracticeOutcome: true }));
    expect(result).toEqual({ outcome: 'discuss_first', rule: 8, reasons: ['practice_concern_unsure'] });
  });

  it('rule 9: strong multi-agency work with a good outcome suggests a Seriously Good Outcome Review', () => {
    const result = assessCriteria(answers({ event: 'seriously_harmed', goodPracticeOutcome: true }));
    expect(result).toEqual({ outcome: 'consider_sgor', rule: 9, reasons: ['good_practice_outcome'] });
  });

  it('rule 10: otherwise there is no practice review referral', () => {
    expect(assessCriteria(answers())).toEqual({
      outcome: 'not_for_review',
      rule: 10,
      reasons: ['criteria_not_met'],
    });
  });

  it('rule 10: a child who died with no abuse suspected and sound practice is not for review', () => {
    const result = assessCriteria(answers({ event: 'died', abuseOrNeglect: 'not_suspected' }));
    expect(result.rule).toBe(10);
  });
});

describe('criteria rule table', () => {
  it('lists rules 1 to 10 in order, so the order of evaluation is the table’s', () => {
    expect(criteriaRules.map((r) => r.rule)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('gives each row the outcome the product brief names', () => {
    expect(criteriaRules.map((r) => r.outcome)).toEqual([
      'urgent_action',
      'other_partnership',
      'discuss_first',
      'not_for_review',
      'must_refer',
      'discuss_first',
      'may_refer',
      'discuss_first',
      'consider_sgor',
      'not_for_review',
    ]);
  });

  it('uses unique, snake_case reason codes', () => {
    expect(new Set(reasonCodes).size).toBe(reasonCodes.length);
    for (const code of reasonCodes) expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
  });
});
