export { outcomes, outcomesWithDeadline, type Outcome } from './outcomes.ts';
export {
  assessmentAnswersSchema,
  eventValues,
  abuseOrNeglectValues,
  childStatusValues,
  locationValues,
  practiceConcernValues,
  type AssessmentAnswers,
  type IncidentEvent,
  type AbuseOrNeglect,
  type ChildStatus,
  type IncidentLocation,
  type PracticeConcern,
} from './answers.ts';
export { reasonCodes, type ReasonCode } from './reason-codes.ts';
export {
  assessCriteria,
  criteriaRules,
  type CriteriaAssessment,
  type CriteriaRule,
  type Reasons,
} from './assess-criteria.ts';
export {
  criteriaQuestions,
  criteriaQuestionOrder,
  reasonText,
  type CriteriaQuestion,
  type QuestionId,
  type QuestionOption,
} from './criteria-wording.ts';
