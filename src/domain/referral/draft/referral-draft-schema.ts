import { z } from 'zod';
import { listLimits, textLimits } from '../limits.ts';
import {
  abuseOrNeglectOptions,
  abuseTypes,
  incidentOutcomes,
  referralRoutes,
  yesNoUnknown,
} from '../referral-options.ts';
import { childDraftSchema } from './child-draft-schema.ts';
import { draftBoolean, draftChoice, draftChoices, draftText } from './draft-fields.ts';

/**
 * What may be saved at any step: every field optional, every present field of the right type and length,
 * no unknown keys. Keys are in form order.
 */
export const referralDraftSchema = z.strictObject({
  route: draftChoice(referralRoutes),
  suggestedRoute: draftChoice(referralRoutes),
  routeChangeReason: draftText(textLimits.reason),
  referrer: z
    .strictObject({
      name: draftText(textLimits.name),
      jobTitle: draftText(textLimits.jobTitle),
      agencyId: draftText(textLimits.agencyId),
      email: draftText(textLimits.email),
      phone: draftText(textLimits.phone),
      declarationAccurate: draftBoolean(),
    })
    .optional(),
  safeguardingLead: z
    .strictObject({
      consulted: draftBoolean(),
      name: draftText(textLimits.name),
      role: draftText(textLimits.role),
      date: draftText(textLimits.date),
      reason: draftText(textLimits.reason),
    })
    .optional(),
  dates: z
    .strictObject({
      incidentDate: draftText(textLimits.date),
      awarenessDate: draftText(textLimits.date),
      dateOfDeath: draftText(textLimits.date),
    })
    .optional(),
  children: z.array(childDraftSchema).max(listLimits.children).optional(),
  household: z
    .array(
      z.strictObject({
        name: draftText(textLimits.name),
        relationship: draftText(textLimits.relationship),
        dateOfBirth: draftText(textLimits.date),
        address: draftText(textLimits.address),
      }),
    )
    .max(listLimits.household)
    .optional(),
  agencies: z
    .array(
      z.strictObject({
        agency: draftText(textLimits.agency),
        contact: draftText(textLimits.contact),
        stillInvolved: draftBoolean(),
      }),
    )
    .max(listLimits.agencies)
    .optional(),
  incident: z
    .strictObject({
      outcome: draftChoice(incidentOutcomes),
      abuseOrNeglect: draftChoice(abuseOrNeglectOptions),
      abuseTypes: draftChoices(abuseTypes),
      description: draftText(textLimits.description),
      keyEvents: draftText(textLimits.keyEvents),
    })
    .optional(),
  learning: z
    .strictObject({
      reasons: draftText(textLimits.learning),
      agencyConcerns: draftText(textLimits.learning),
      goodPractice: draftText(textLimits.learning),
    })
    .optional(),
  otherProcesses: z
    .strictObject({
      nationalPanelNotified: draftChoice(yesNoUnknown),
      nationalPanelNotifiedDate: draftText(textLimits.date),
      policeInvestigation: draftChoice(yesNoUnknown),
      coroner: draftChoice(yesNoUnknown),
      childDeathOverviewPanel: draftChoice(yesNoUnknown),
      mediaInterest: draftChoice(yesNoUnknown),
      otherReviews: draftChoice(yesNoUnknown),
      otherReviewsDetails: draftText(textLimits.otherReviewsDetails),
    })
    .optional(),
});

export type ReferralDraft = z.infer<typeof referralDraftSchema>;
export type ReferrerDraft = NonNullable<ReferralDraft['referrer']>;
export type SafeguardingLeadDraft = NonNullable<ReferralDraft['safeguardingLead']>;
export type DatesDraft = NonNullable<ReferralDraft['dates']>;
export type HouseholdMemberDraft = NonNullable<ReferralDraft['household']>[number];
export type AgencyInvolvementDraft = NonNullable<ReferralDraft['agencies']>[number];
export type IncidentDraft = NonNullable<ReferralDraft['incident']>;
export type LearningDraft = NonNullable<ReferralDraft['learning']>;
export type OtherProcessesDraft = NonNullable<ReferralDraft['otherProcesses']>;
