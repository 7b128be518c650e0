import { z } from 'zod';

export const eventValues = ['died', 'seriously_harmed', 'other_harm', 'no_harm'] as const;
export const abuseOrNeglectValues = ['known', 'suspected', 'not_suspected', 'unsure'] as const;
/** Unborn children count as `under_18`. */
export const childStatusValues = ['under_18', 'care_leaver_18_to_24', 'adult'] as const;
/**
 * `in_area`: it happened in the partnership's area, or the child normally lives here and it happened
 * outside England.
 */
export const locationValues = ['in_area', 'outside_area'] as const;
/** `yes` means multi-agency practice was not robust. */
export const practiceConcernValues = ['yes', 'no', 'unsure'] as const;

/** The answers to the criteria check: every question answered, nothing else accepted. */
export const assessmentAnswersSchema = z.strictObject({
  immediateRisk: z.boolean(),
  event: z.enum(eventValues),
  abuseOrNeglect: z.enum(abuseOrNeglectValues),
  childStatus: z.enum(childStatusValues),
  location: z.enum(locationValues),
  practiceConcern: z.enum(practiceConcernValues),
  /** Strong multi-agency work led to a good outcome. */
  goodPracticeOutcome: z.boolean(),
});

export type AssessmentAnswers = z.infer<typeof assessmentAnswersSchema>;
export type IncidentEvent = AssessmentAnswers['event'];
export type AbuseOrNeglect = AssessmentAnswers['abuseOrNeglect'];
export type ChildStatus = AssessmentAnswers['childStatus'];
export type IncidentLocation = AssessmentAnswers['location'];
export type PracticeConcern = AssessmentAnswers['practiceConcern'];
