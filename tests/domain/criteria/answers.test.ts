import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import {
  abuseOrNeglectValues,
  assessmentAnswersSchema,
  childStatusValues,
  eventValues,
  locationValues,
  practiceConcernValues,
  type AssessmentAnswers,
} from '../../../src/domain/criteria/index.ts';

const valid: AssessmentAnswers = {
  immediateRisk: false,
  event: 'seriously_harmed',
  abuseOrNeglect: 'suspected',
  childStatus: 'under_18',
  location: 'in_area',
  practiceConcern: 'unsure',
  goodPracticeOutcome: false,
};

const answersArbitrary = fc.record({
  immediateRisk: fc.boolean(),
  event: fc.constantFrom(...eventValues),
  abuseOrNeglect: fc.constantFrom(...abuseOrNeglectValues),
  childStatus: fc.constantFrom(...childStatusValues),
  location: fc.constantFrom(...locationValues),
  practiceConcern: fc.constantFrom(...practiceConcernValues),
  goodPracticeOutcome: fc.boolean(),
});

describe('assessment answers schema', () => {
  it('accepts a complete set of answers unchanged', () => {
    expect(assessmentAnswersSchema.parse(valid)).toEqual(valid);
  });

  it('accepts every combination of the listed values', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expect(assessmentAnswersSchema.parse(answers)).toEqual(answers);
      }),
    );
  });

  it.each(Object.keys(valid))('rejects answers missing %s', (field) => {
    const rest: Record<string, unknown> = { ...valid };
    delete rest[field];
    expect(assessmentAnswersSchema.safeParse(rest).success).toBe(false);
  });

  it('rejects unknown keys, so a child’s details cannot ride along', () => {
    expect(assessmentAnswersSchema.safeParse({ ...valid, childName: 'Sam' }).success).toBe(false);
  });

  it.each([
    ['event', 'harmed'],
    ['abuseOrNeglect', 'yes'],
    ['childStatus', 'unborn'],
    ['location', 'elsewhere'],
    ['practiceConcern', 'maybe'],
    ['immediateRisk', 'true'],
    ['goodPracticeOutcome', 1],
    ['event', null],
  ])('rejects %s = %p', (field, value) => {
    expect(assessmentAnswersSchema.safeParse({ ...valid, [field]: value }).success).toBe(false);
  });

  it('offers exactly the values in the product brief', () => {
    expect(eventValues).toEqual(['died', 'seriously_harmed', 'other_harm', 'no_harm']);
    expect(abuseOrNeglectValues).toEqual(['known', 'suspected', 'not_suspected', 'unsure']);
    expect(childStatusValues).toEqual(['under_18', 'care_leaver_18_to_24', 'adult']);
    expect(locationValues).toEqual(['in_area', 'outside_area']);
    expect(practiceConcernValues).toEqual(['yes', 'no', 'unsure']);
  });
});
