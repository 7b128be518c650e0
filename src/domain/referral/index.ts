export { referralDraftSchema, type ReferralDraft } from './draft/referral-draft-schema.ts';
export type { ChildDraft } from './draft/child-draft-schema.ts';
export { parseReferralDraft, type DraftParseResult } from './draft/parse-referral-draft.ts';
export { checkReadyToSubmit, type ReadyCheckResult } from './ready/ready-to-submit.ts';
export type { ReadyContext } from './ready/ready-facts.ts';
export type {
  AbuseAnswer,
  ChildBirth,
  HouseholdMember,
  Incident,
  InvolvedAgency,
  Learning,
  NationalPanelAnswer,
  OtherProcesses,
  Referral,
  ReferralChild,
  ReferralDates,
  Referrer,
  SafeguardingLeadConsultation,
} from './referral.ts';
export * from './referral-options.ts';
export { legalStatuses, legalStatusLabels, exclusiveLegalStatus, type LegalStatus } from './legal-status.ts';
export { ethnicityCategories, ethnicityCodes, type EthnicityCode } from './ethnicity.ts';
export { textLimits, listLimits, maxChildAgeYears, maxPregnancyDays } from './limits.ts';
export { referralSectionOrder, type ReferralSectionKey } from './section-order.ts';
export {
  containsMarkup,
  hasForbiddenCharacters,
  normaliseFreeText,
  forbiddenCharactersMessage,
} from './free-text.ts';
export { normaliseUkPostcode, isUkPostcode } from './uk-postcode.ts';
export { nhsCheckDigit, isNhsNumberFormat, normaliseNhsNumber, isValidNhsNumber } from './nhs-number.ts';
export { isPhoneNumber } from './phone-number.ts';
export { isEmailAddress } from './email-address.ts';
export { isRealDate } from './calendar-date.ts';
export { qaDecisionKinds, type QaDecision, type QaDecisionKind } from './qa-decision.ts';
export { referralAsDraft } from './referral-as-draft.ts';
