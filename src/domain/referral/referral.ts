import type { EthnicityCode } from './ethnicity.ts';
import type { LegalStatus } from './legal-status.ts';
import type {
  AbuseType,
  IncidentOutcome,
  ReferralRoute,
  SexOrGender,
  YesNoUnknown,
} from './referral-options.ts';

/**
 * A complete referral, as `checkReadyToSubmit` returns it: text trimmed, empty optional text left out, postcodes
 * and NHS numbers in standard form, and the fields of answers not given left out (for example no date of death
 * unless the child died). Every referral is also a valid draft.
 */
export interface Referral {
  readonly route: ReferralRoute;
  /** The route the criteria check suggested, when the draft came from a check. */
  readonly suggestedRoute?: ReferralRoute;
  /** Only when `route` differs from `suggestedRoute`. */
  readonly routeChangeReason?: string;
  readonly referrer: Referrer;
  readonly safeguardingLead: SafeguardingLeadConsultation;
  readonly dates: ReferralDates;
  readonly children: readonly ReferralChild[];
  readonly household: readonly HouseholdMember[];
  readonly agencies: readonly InvolvedAgency[];
  readonly incident: Incident;
  readonly learning: Learning;
  readonly otherProcesses: OtherProcesses;
}

export interface Referrer {
  readonly name: string;
  readonly jobTitle: string;
  /** One of the partnership profile's agency ids. */
  readonly agencyId: string;
  readonly email: string;
  readonly phone: string;
  readonly declarationAccurate: true;
}

export type SafeguardingLeadConsultation =
  | { readonly consulted: true; readonly name: string; readonly role: string; readonly date: string }
  | { readonly consulted: false; readonly reason: string };

export interface ReferralDates {
  readonly incidentDate: string;
  readonly awarenessDate: string;
  /** Only when the incident outcome is `died`. */
  readonly dateOfDeath?: string;
}

export type ChildBirth =
  | { readonly dobKind: 'date_of_birth'; readonly dateOfBirth: string }
  | { readonly dobKind: 'expected_due_date'; readonly expectedDueDate: string }
  | { readonly dobKind: 'approximate_age'; readonly approximateAgeYears: number };

export type ReferralChild = ChildBirth & {
  readonly names: { readonly fullName: string; readonly otherNames: readonly string[] };
  readonly sexOrGender: SexOrGender;
  readonly ethnicity?: EthnicityCode;
  readonly address: string;
  /** Standard form, e.g. `M5 4WT`. */
  readonly postcode: string;
  /** In the order of `legalStatuses`, no repeats. */
  readonly legalStatus: readonly LegalStatus[];
  /** Ten digits, no spaces. */
  readonly nhsNumber?: string;
  /** Who was caring for the child and where; left out when neither is given. */
  readonly carer?: { readonly who?: string; readonly where?: string };
};

export interface HouseholdMember {
  readonly name: string;
  readonly relationship: string;
  readonly dateOfBirth?: string;
  readonly address?: string;
}

export interface InvolvedAgency {
  readonly agency: string;
  readonly contact: string;
  readonly stillInvolved: boolean;
}

/** Types of abuse only when abuse or neglect is known or suspected. */
export type AbuseAnswer =
  | { readonly abuseOrNeglect: 'known' | 'suspected'; readonly abuseTypes: readonly AbuseType[] }
  | { readonly abuseOrNeglect: 'not_suspected' };

export type Incident = AbuseAnswer & {
  readonly outcome: IncidentOutcome;
  readonly description: string;
  readonly keyEvents?: string;
};

/** At least one of the three is present. */
export interface Learning {
  readonly reasons?: string;
  readonly agencyConcerns?: string;
  readonly goodPractice?: string;
}

/** The notification date only when the National Panel was notified. */
export type NationalPanelAnswer =
  | { readonly nationalPanelNotified: 'yes'; readonly nationalPanelNotifiedDate: string }
  | { readonly nationalPanelNotified: 'no' | 'unknown' };

export type OtherProcesses = NationalPanelAnswer & {
  readonly policeInvestigation: YesNoUnknown;
  readonly coroner: YesNoUnknown;
  readonly childDeathOverviewPanel: YesNoUnknown;
  readonly mediaInterest: YesNoUnknown;
  readonly otherReviews: YesNoUnknown;
  /** Left out when `otherReviews` is `no`. */
  readonly otherReviewsDetails?: string;
};
