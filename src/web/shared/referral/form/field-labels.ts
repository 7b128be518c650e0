import type { ReferralSectionKey } from '../../../../domain/referral/section-order.ts';

export const sectionTitles: Readonly<Record<ReferralSectionKey, string>> = {
  route: 'Type of referral',
  referrer: 'About you',
  safeguardingLead: 'Safeguarding Lead consulted',
  dates: 'Dates',
  children: 'The children',
  household: 'Household and significant adults',
  agencies: 'Agencies involved',
  incident: 'What happened',
  learning: 'Why the criteria are met, and learning',
  otherProcesses: 'Other processes',
};

/** Field labels by path, list positions as `*`; the form, the read-only view and the error summary share them. */
export const fieldLabels: Readonly<Record<string, string>> = {
  route: 'Type of referral',
  routeChangeReason: 'Why you chose a different type of referral',
  'referrer.name': 'Your full name',
  'referrer.jobTitle': 'Your job title',
  'referrer.agencyId': 'Your agency',
  'referrer.email': 'Your work email',
  'referrer.phone': 'Your phone number',
  'referrer.declarationAccurate': 'Declaration',
  'safeguardingLead.consulted': 'Did you discuss this referral with your Safeguarding Lead?',
  'safeguardingLead.name': "Safeguarding Lead's name",
  'safeguardingLead.role': "Safeguarding Lead's role",
  'safeguardingLead.date': 'Date you spoke to them',
  'safeguardingLead.reason': 'Why you did not discuss it with a Safeguarding Lead',
  'dates.incidentDate': 'Date of the incident',
  'dates.awarenessDate': 'Date your agency became aware',
  'dates.dateOfDeath': 'Date the child died',
  children: 'Children',
  'children.*.names.fullName': 'Full name',
  'children.*.names.otherNames': 'Other names used',
  'children.*.dobKind': "What do you know about the child's age?",
  'children.*.dateOfBirth': 'Date of birth',
  'children.*.expectedDueDate': 'Expected due date',
  'children.*.approximateAgeYears': 'Approximate age in years',
  'children.*.sexOrGender': 'Sex or gender',
  'children.*.ethnicity': 'Ethnicity',
  'children.*.address': 'Address',
  'children.*.postcode': 'Postcode',
  'children.*.legalStatus': 'Legal status',
  'children.*.nhsNumber': 'NHS number',
  'children.*.carer.who': 'Who was caring for the child',
  'children.*.carer.where': 'Where the child was being cared for',
  household: 'Household and significant adults',
  'household.*.name': 'Name',
  'household.*.relationship': 'Relationship to the child',
  'household.*.dateOfBirth': 'Date of birth',
  'household.*.address': 'Address, if different from the child’s',
  agencies: 'Agencies involved',
  'agencies.*.agency': 'Agency',
  'agencies.*.contact': 'Contact at the agency',
  'agencies.*.stillInvolved': 'Is the agency still involved?',
  'incident.outcome': 'What happened to the child?',
  'incident.abuseOrNeglect': 'Is abuse or neglect known or suspected?',
  'incident.abuseTypes': 'Type of abuse or neglect',
  'incident.description': 'Brief factual description',
  'incident.keyEvents': 'Key events',
  learning: 'Why the criteria are met, and learning',
  'learning.reasons': 'Why you think the criteria for a review are met',
  'learning.agencyConcerns': 'Concerns about how agencies worked together',
  'learning.goodPractice': 'Good practice',
  'otherProcesses.nationalPanelNotified': 'Has the local authority notified the National Panel?',
  'otherProcesses.nationalPanelNotifiedDate': 'Date the National Panel was notified',
  'otherProcesses.policeInvestigation': 'Is there a police investigation?',
  'otherProcesses.coroner': 'Is the coroner involved?',
  'otherProcesses.childDeathOverviewPanel': 'Is the Child Death Overview Panel involved?',
  'otherProcesses.mediaInterest': 'Is there media interest?',
  'otherProcesses.otherReviews': 'Is another review under way (e.g. domestic homicide, safeguarding adults)?',
  'otherProcesses.otherReviewsDetails': 'Details of the other review',
  reviewerId: 'PRSG member',
};

const listNames: Readonly<Record<string, string>> = {
  children: 'Child',
  household: 'Person',
  agencies: 'Agency',
};

/** `children.1.postcode` → `Child 2: Postcode`; unknown paths fall back to the path itself. */
export function labelForPath(key: string): string {
  const parts = key.split('.');
  const pattern = parts.map((p) => (/^\d+$/.test(p) ? '*' : p)).join('.');
  const label = fieldLabels[pattern] ?? fieldLabels[parts[0] ?? ''] ?? key;
  const list = parts[0] !== undefined ? listNames[parts[0]] : undefined;
  const index = parts[1] !== undefined && /^\d+$/.test(parts[1]) ? Number(parts[1]) : undefined;
  return list && index !== undefined && parts.length > 2 ? `${list} ${String(index + 1)}: ${label}` : label;
}

/** An error as the summary lists it: entries of a list say which one (`Child 2: Enter a real UK postcode`). */
export function summaryText(key: string, message: string): string {
  const match = /^(children|household|agencies)\.(\d+)\./.exec(key);
  if (!match) return message;
  return `${listNames[match[1]!]!} ${String(Number(match[2]) + 1)}: ${message}`;
}
