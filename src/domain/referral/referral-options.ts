/** The closed choices on the referral form, each with the words a practitioner sees. */

export const referralRoutes = ['serious_incident', 'practice_concern', 'sgor'] as const;
export type ReferralRoute = (typeof referralRoutes)[number];
export const referralRouteLabels: Readonly<Record<ReferralRoute, string>> = {
  serious_incident: 'Serious incident',
  practice_concern: 'Practice concern',
  sgor: 'Seriously Good Outcome Review',
};

export const yesNoUnknown = ['yes', 'no', 'unknown'] as const;
export type YesNoUnknown = (typeof yesNoUnknown)[number];
export const yesNoUnknownLabels: Readonly<Record<YesNoUnknown, string>> = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Not known',
};

export const incidentOutcomes = ['died', 'seriously_harmed', 'other'] as const;
export type IncidentOutcome = (typeof incidentOutcomes)[number];
export const incidentOutcomeLabels: Readonly<Record<IncidentOutcome, string>> = {
  died: 'The child died',
  seriously_harmed: 'The child was seriously harmed',
  other: 'Other',
};

export const abuseOrNeglectOptions = ['known', 'suspected', 'not_suspected'] as const;
export type AbuseOrNeglect = (typeof abuseOrNeglectOptions)[number];
export const abuseOrNeglectLabels: Readonly<Record<AbuseOrNeglect, string>> = {
  known: 'Known',
  suspected: 'Suspected',
  not_suspected: 'Not suspected',
};

export const abuseTypes = ['physical', 'emotional', 'sexual', 'neglect', 'exploitation', 'other'] as const;
export type AbuseType = (typeof abuseTypes)[number];
export const abuseTypeLabels: Readonly<Record<AbuseType, string>> = {
  physical: 'Physical abuse',
  emotional: 'Emotional abuse',
  sexual: 'Sexual abuse',
  neglect: 'Neglect',
  exploitation: 'Exploitation',
  other: 'Other',
};

/** Which of the three ways of placing a child in time the referrer gives. Each value names the field it needs. */
export const dobKinds = ['date_of_birth', 'expected_due_date', 'approximate_age'] as const;
export type DobKind = (typeof dobKinds)[number];
export const dobKindLabels: Readonly<Record<DobKind, string>> = {
  date_of_birth: 'Date of birth',
  expected_due_date: 'Expected due date (unborn child)',
  approximate_age: 'Approximate age',
};

export const sexOrGenderOptions = ['female', 'male', 'other', 'not_known'] as const;
export type SexOrGender = (typeof sexOrGenderOptions)[number];
export const sexOrGenderLabels: Readonly<Record<SexOrGender, string>> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  not_known: 'Not known',
};
