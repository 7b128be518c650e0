import type { QaDecisionKind, ReferralSectionKey } from '../../domain/referral/index.ts';

/** The words the PDF prints for each part of the form, matching the form the referrer filled in. */

export const documentTitle = 'Practice review referral';

export const notGiven = 'Not given';

export const sectionTitles: Readonly<Record<ReferralSectionKey, string>> = {
  route: 'Route',
  referrer: 'Referrer',
  safeguardingLead: 'Safeguarding Lead consultation',
  dates: 'Dates',
  children: 'Children',
  household: 'Household and significant adults',
  agencies: 'Agencies involved',
  incident: 'Incident',
  learning: 'Why the criteria are met and learning',
  otherProcesses: 'Other processes',
};

export const coverLabels = {
  securityMarking: 'Security marking',
  reference: 'Reference',
  partnership: 'Referred to',
  submittedAt: 'Submitted for quality assurance',
  notSubmitted: 'Not submitted',
} as const;

export const routeLabels = {
  route: 'Route',
  suggestedRoute: 'Route the criteria check suggested',
  noCheck: 'Not from a criteria check',
  routeChangeReason: 'Reason for changing the route',
} as const;

export const referrerLabels = {
  name: 'Name',
  jobTitle: 'Job title',
  agency: 'Agency',
  email: 'Email',
  phone: 'Phone',
  declaration: 'Declaration',
  declared: 'The referrer declared that the content is accurate',
} as const;

export const safeguardingLeadLabels = {
  consulted: 'Safeguarding Lead consulted',
  name: 'Name',
  role: 'Role',
  date: 'Date consulted',
  reason: 'Why the Safeguarding Lead was not consulted',
} as const;

export const dateLabels = {
  incidentDate: 'Date of the incident',
  awarenessDate: 'Date the agency became aware',
  dateOfDeath: 'Date of death',
} as const;

export const childLabels = {
  heading: (position: number) => `Child ${position}`,
  fullName: 'Full name',
  otherNames: 'Other names used',
  sexOrGender: 'Sex or gender',
  ethnicity: 'Ethnicity',
  address: 'Address',
  postcode: 'Postcode',
  legalStatus: 'Legal status',
  nhsNumber: 'NHS number',
  carerWho: 'Who was caring for the child',
  carerWhere: 'Where the child was being cared for',
} as const;

export const householdLabels = {
  name: 'Name',
  relationship: 'Relationship to the child',
  dateOfBirth: 'Date of birth',
  address: 'Address (if different)',
  none: 'No household members or significant adults were given.',
} as const;

export const agencyLabels = {
  agency: 'Agency',
  contact: 'Contact',
  stillInvolved: 'Still involved',
} as const;

export const incidentLabels = {
  outcome: 'Outcome',
  abuseOrNeglect: 'Abuse or neglect',
  abuseTypes: 'Types of abuse or neglect',
  description: 'Description of the incident',
  keyEvents: 'Key events',
} as const;

export const learningLabels = {
  reasons: 'Why the criteria for a review are met',
  agencyConcerns: 'Concerns about how agencies worked together',
  goodPractice: 'Good practice',
} as const;

export const otherProcessLabels = {
  nationalPanelNotified: 'Local authority notified the National Panel',
  nationalPanelNotifiedDate: 'Date the National Panel was notified',
  policeInvestigation: 'Police investigation',
  coroner: 'Coroner involved',
  childDeathOverviewPanel: 'Child Death Overview Panel',
  mediaInterest: 'Media interest',
  otherReviews: 'Other reviews (for example domestic homicide or adult reviews)',
  otherReviewsDetails: 'Other reviews: details',
} as const;

export const qaLabels = {
  title: (qaRoleName: string) => `Quality assurance by the ${qaRoleName}`,
  none: 'No quality assurance decision has been recorded.',
  decisionHeading: (position: number, decision: string) => `Decision ${position}: ${decision}`,
  reviewer: (qaRoleName: string) => qaRoleName.charAt(0).toUpperCase() + qaRoleName.slice(1),
  at: 'Time of decision',
  comments: 'Comments',
  noComments: 'None',
} as const;

export const qaDecisionLabels: Readonly<Record<QaDecisionKind, string>> = {
  approved: 'Approved',
  returned: 'Returned for changes',
  declined: 'Declined',
};

export const deadlineLabels = {
  title: 'Deadline',
  dueBy: 'Referral due by',
  notSet: 'Not set',
} as const;

export const furnitureLabels = {
  generated: (when: string) => `Generated ${when}`,
  page: (page: number, pages: number) => `Page ${page} of ${pages}`,
} as const;
