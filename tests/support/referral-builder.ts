import type { ChildDraft, ReadyContext, ReferralDraft } from '../../src/domain/referral/index.ts';

type HouseholdMemberDraft = NonNullable<ReferralDraft['household']>[number];
type AgencyDraft = NonNullable<ReferralDraft['agencies']>[number];

/** Today is Monday 30 June 2025; the incident was on Friday 20 June. */
export const readyContext: ReadyContext = {
  today: '2025-06-30',
  agencyIds: ['health', 'police', 'childrens-social-care', 'education'],
};

export const aChild = (overrides: Partial<ChildDraft> = {}): ChildDraft => ({
  names: { fullName: 'Child A', otherNames: [] },
  dobKind: 'date_of_birth',
  dateOfBirth: '2021-03-14',
  sexOrGender: 'female',
  ethnicity: 'WBRI',
  address: '1 Example Street, Salford',
  postcode: 'M5 4WT',
  legalStatus: ['child_in_need'],
  nhsNumber: '943 476 5919',
  carer: { who: 'Mother', where: 'Family home' },
  ...overrides,
});

export const aHouseholdMember = (overrides: Partial<HouseholdMemberDraft> = {}): HouseholdMemberDraft => ({
  name: 'Parent A',
  relationship: 'Mother',
  dateOfBirth: '1995-01-01',
  ...overrides,
});

export const anAgency = (overrides: Partial<AgencyDraft> = {}): AgencyDraft => ({
  agency: 'GP practice',
  contact: 'Practice safeguarding lead',
  stillInvolved: true,
  ...overrides,
});

/** A draft that passes the ready check with `readyContext`. Overrides replace whole top-level fields. */
export const aCompleteReferral = (overrides: Partial<ReferralDraft> = {}): ReferralDraft => ({
  route: 'serious_incident',
  suggestedRoute: 'serious_incident',
  referrer: {
    name: 'Alex Morgan',
    jobTitle: 'Health visitor',
    agencyId: 'health',
    email: 'alex.morgan@example.org',
    phone: '0161 206 1234',
    declarationAccurate: true,
  },
  safeguardingLead: { consulted: true, name: 'Sam Patel', role: 'Named nurse', date: '2025-06-24' },
  dates: { incidentDate: '2025-06-20', awarenessDate: '2025-06-23' },
  children: [aChild()],
  household: [aHouseholdMember()],
  agencies: [anAgency()],
  incident: {
    outcome: 'seriously_harmed',
    abuseOrNeglect: 'suspected',
    abuseTypes: ['physical'],
    description: 'Admitted to hospital with injuries that have no clear explanation.',
    keyEvents: 'Seen by the health visitor two weeks before.',
  },
  learning: { reasons: 'Serious harm with abuse suspected.' },
  otherProcesses: {
    nationalPanelNotified: 'yes',
    nationalPanelNotifiedDate: '2025-06-25',
    policeInvestigation: 'yes',
    coroner: 'no',
    childDeathOverviewPanel: 'no',
    mediaInterest: 'unknown',
    otherReviews: 'no',
  },
  ...overrides,
});

/**
 * A copy of the draft with the value at a dotted path (e.g. `children.1.postcode`) replaced,
 * or removed when `value` is undefined. Missing objects on the way are created.
 */
export function withField(draft: ReferralDraft, path: string, value: unknown): ReferralDraft {
  const copy: Record<string, unknown> = structuredClone(draft);
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let node: Record<string, unknown> = copy;
  for (const key of keys) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}
