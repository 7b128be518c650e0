import type { ReferralDraft } from '../domain/referral/index.ts';

/** A complete, entirely fictional referral for the demo data; `n` varies names and dates. */
export function demoReferralForm(n: number, agencyId: string, incidentDate: string): ReferralDraft {
  return {
    route: 'serious_incident',
    suggestedRoute: 'serious_incident',
    referrer: {
      name: 'Riley Hughes',
      jobTitle: 'Health visitor',
      agencyId,
      email: 'riley.hughes@health.example',
      phone: '0161 496 0000',
      declarationAccurate: true,
    },
    safeguardingLead: {
      consulted: true,
      name: 'Morgan Ellis',
      role: 'Named nurse for safeguarding',
      date: incidentDate,
    },
    dates: { incidentDate, awarenessDate: incidentDate },
    children: [
      {
        names: { fullName: `Demo Child ${String.fromCharCode(65 + (n % 26))}`, otherNames: [] },
        dobKind: 'date_of_birth',
        dateOfBirth: '2022-03-14',
        sexOrGender: n % 2 ? 'female' : 'male',
        address: `${n + 1} Example Street, Salford`,
        postcode: 'M5 4WT',
        legalStatus: ['child_in_need'],
      },
    ],
    household: [{ name: 'Demo Parent', relationship: 'Parent' }],
    agencies: [
      { agency: 'GP practice (fictional)', contact: 'Practice safeguarding lead', stillInvolved: true },
    ],
    incident: {
      outcome: 'seriously_harmed',
      abuseOrNeglect: 'suspected',
      abuseTypes: ['neglect'],
      description:
        'Fictional demo data: the child was admitted to hospital with injuries that were not explained.',
    },
    learning: { agencyConcerns: 'Fictional: information was not shared between the GP and health visiting.' },
    otherProcesses: {
      nationalPanelNotified: 'unknown',
      policeInvestigation: 'yes',
      coroner: 'no',
      childDeathOverviewPanel: 'no',
      mediaInterest: 'no',
      otherReviews: 'no',
    },
  };
}
