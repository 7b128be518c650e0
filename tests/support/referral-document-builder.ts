import type { ReferralDocument } from '../../src/app/ports/referral-document-renderer.ts';
import { checkReadyToSubmit, type ReferralDraft, type Referral } from '../../src/domain/referral/index.ts';
import { aChild, aCompleteReferral, aHouseholdMember, anAgency, readyContext } from './referral-builder.ts';

/** The complete referral the ready check makes of a draft; throws when the draft is not ready. */
export function readyReferral(draft: ReferralDraft): Referral {
  const result = checkReadyToSubmit(draft, readyContext);
  if (!result.ready) throw new Error(`fixture draft is not ready: ${JSON.stringify(result.errors)}`);
  return result.referral;
}

export const salfordAgencyNames: Readonly<Record<string, string>> = {
  health: 'Health',
  police: 'Police',
  'childrens-social-care': "Children's social care",
  education: 'Education and early years',
};

/** Numbered sentences, four to a paragraph, up to `length` characters: like a practitioner's account. */
export function longText(topic: string, length: number): string {
  let text = '';
  for (let n = 1; ; n += 1) {
    const separator = n === 1 ? '' : n % 4 === 1 ? '\n\n' : ' ';
    const next = `${text}${separator}${topic} ${n}: the practitioner recorded what was seen, who was there and what was said.`;
    if (next.length > length) return text;
    text = next;
  }
}

/** A referral document for the approved referral in `aCompleteReferral`. Overrides replace whole fields. */
export const aReferralDocument = (overrides: Partial<ReferralDocument> = {}): ReferralDocument => ({
  reference: 'SSCP-2025-0042',
  securityMarking: 'OFFICIAL-SENSITIVE',
  partnershipName: 'Salford Safeguarding Children Partnership',
  qaRoleName: 'PRSG member',
  agencyNames: salfordAgencyNames,
  referral: readyReferral(aCompleteReferral()),
  submittedAt: new Date('2025-06-25T09:30:00Z'),
  qaDecisions: [
    {
      decision: 'approved',
      reviewerId: 'reviewer-1',
      reviewerName: 'Jordan Lee',
      at: '2025-06-26T13:05:00Z',
    },
  ],
  dueBy: '2025-06-27',
  generatedAt: new Date('2025-06-26T13:06:00Z'),
  ...overrides,
});

export const fullReferralChildNames = [
  'Amelia Rose Example',
  'Oliver James Example',
  'Baby Example',
] as const;

/** Three children, a household, several agencies, text near its length limits and a returned-then-approved QA record. */
export const aFullReferralDocument = (): ReferralDocument =>
  aReferralDocument({
    referral: readyReferral(
      aCompleteReferral({
        route: 'practice_concern',
        suggestedRoute: 'serious_incident',
        routeChangeReason: longText('Route change', 1500),
        children: [
          aChild({
            names: { fullName: fullReferralChildNames[0], otherNames: ['Millie Example', 'Amelia Smith'] },
            legalStatus: ['child_protection_plan_previous', 'child_in_need'],
          }),
          aChild({
            names: { fullName: fullReferralChildNames[1], otherNames: [] },
            dobKind: 'approximate_age',
            dateOfBirth: undefined,
            approximateAgeYears: 7,
            sexOrGender: 'male',
            ethnicity: 'MWBC',
            legalStatus: ['looked_after'],
            nhsNumber: undefined,
            carer: { who: 'Foster carer' },
          }),
          aChild({
            names: { fullName: fullReferralChildNames[2], otherNames: [] },
            dobKind: 'expected_due_date',
            dateOfBirth: undefined,
            expectedDueDate: '2025-09-01',
            sexOrGender: 'not_known',
            ethnicity: undefined,
            legalStatus: ['none_known'],
            nhsNumber: undefined,
            carer: undefined,
          }),
        ],
        household: [
          aHouseholdMember(),
          aHouseholdMember({
            name: 'Parent B',
            relationship: 'Stepfather',
            address: '9 Other Road, Salford',
          }),
          aHouseholdMember({
            name: 'Grandparent C',
            relationship: 'Maternal grandmother',
            dateOfBirth: undefined,
          }),
        ],
        agencies: [
          anAgency(),
          anAgency({ agency: 'Salford Royal Hospital', contact: 'Named doctor', stillInvolved: false }),
          anAgency({ agency: 'Greater Manchester Police', contact: 'Public protection unit' }),
        ],
        incident: {
          outcome: 'seriously_harmed',
          abuseOrNeglect: 'suspected',
          abuseTypes: ['physical', 'neglect'],
          description: longText('Incident', 3900),
          keyEvents: longText('Key event', 3900),
        },
        learning: {
          reasons: longText('Reason', 2500),
          agencyConcerns: longText('Concern', 2500),
          goodPractice: 'The school nurse shared information quickly. <b>Not markup</b> and **not bold**.',
        },
        otherProcesses: {
          nationalPanelNotified: 'yes',
          nationalPanelNotifiedDate: '2025-06-25',
          policeInvestigation: 'yes',
          coroner: 'no',
          childDeathOverviewPanel: 'unknown',
          mediaInterest: 'unknown',
          otherReviews: 'yes',
          otherReviewsDetails: 'A domestic homicide review has been discussed.',
        },
      }),
    ),
    qaDecisions: [
      {
        decision: 'returned',
        reviewerId: 'reviewer-1',
        reviewerName: 'Jordan Lee',
        at: '2025-06-25T11:15:00Z',
        comments: 'Please add the date the health visitor last saw the family.',
      },
      {
        decision: 'approved',
        reviewerId: 'reviewer-1',
        reviewerName: 'Jordan Lee',
        at: '2025-06-26T13:05:00Z',
        comments: 'Thank you, approved for the Virtual Panel.',
      },
    ],
  });

/** Every optional field left out, nothing submitted or decided yet. */
export const aMinimalReferralDocument = (): ReferralDocument =>
  aReferralDocument({
    agencyNames: {},
    referral: readyReferral(
      aCompleteReferral({
        suggestedRoute: undefined,
        safeguardingLead: { consulted: false, reason: 'The Safeguarding Lead is on leave.' },
        children: [
          aChild({
            ethnicity: undefined,
            nhsNumber: undefined,
            carer: undefined,
            legalStatus: ['none_known'],
          }),
        ],
        household: [],
        incident: {
          outcome: 'other',
          abuseOrNeglect: 'not_suspected',
          description: 'A short factual description.',
        },
        learning: { agencyConcerns: 'Information was not shared.' },
        otherProcesses: {
          nationalPanelNotified: 'unknown',
          policeInvestigation: 'unknown',
          coroner: 'unknown',
          childDeathOverviewPanel: 'unknown',
          mediaInterest: 'unknown',
          otherReviews: 'no',
        },
      }),
    ),
    submittedAt: undefined,
    qaDecisions: [],
    dueBy: undefined,
  });
