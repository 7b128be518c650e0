import type { ReferralDraft } from '../../../domain/referral/draft/referral-draft-schema.ts';
import type { ChildDraft } from '../../../domain/referral/draft/child-draft-schema.ts';
import { ethnicityCategories } from '../../../domain/referral/ethnicity.ts';
import { legalStatusLabels } from '../../../domain/referral/legal-status.ts';
import {
  abuseOrNeglectLabels,
  abuseTypeLabels,
  incidentOutcomeLabels,
  referralRouteLabels,
  sexOrGenderLabels,
  yesNoUnknownLabels,
} from '../../../domain/referral/referral-options.ts';
import type { Profile } from '../api/api-types.ts';
import { formatLongDate } from '../format/dates.ts';
import { fieldLabels } from '../referral/form/field-labels.ts';

/** One line of the read-only referral: a label and its answer (undefined when not given). */
export interface DetailRow {
  readonly label: string;
  readonly value: string | undefined;
  /** Free text keeps its line breaks. */
  readonly long?: boolean;
}

export interface DetailGroup {
  readonly title: string;
  readonly rows: readonly DetailRow[];
}

const date = (value: string | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatLongDate(value) : value;
const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? 'Yes' : 'No');
const label = (key: string) => fieldLabels[key] ?? key;
/** `9434765919` → `943 476 5919`, as NHS numbers are printed. */
const nhsSpaced = (value: string) => {
  const digits = value.replace(/ /g, '');
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : value;
};
const join = (values: readonly string[] | undefined) =>
  values && values.length > 0 ? values.join(', ') : undefined;

function childAge(child: ChildDraft): DetailRow {
  switch (child.dobKind) {
    case 'date_of_birth':
      return { label: 'Date of birth', value: date(child.dateOfBirth) };
    case 'expected_due_date':
      return { label: 'Expected due date (unborn)', value: date(child.expectedDueDate) };
    case 'approximate_age':
      return {
        label: 'Approximate age',
        value:
          child.approximateAgeYears === undefined ? undefined : `${String(child.approximateAgeYears)} years`,
      };
    default:
      return { label: 'Date of birth', value: undefined };
  }
}

function childRows(child: ChildDraft): DetailRow[] {
  const c = (key: string) => label(`children.*.${key}`);
  return [
    { label: c('names.fullName'), value: child.names?.fullName },
    { label: c('names.otherNames'), value: join(child.names?.otherNames) },
    childAge(child),
    { label: c('sexOrGender'), value: child.sexOrGender && sexOrGenderLabels[child.sexOrGender] },
    { label: c('ethnicity'), value: ethnicityCategories.find((e) => e.code === child.ethnicity)?.label },
    { label: c('address'), value: child.address, long: true },
    { label: c('postcode'), value: child.postcode },
    { label: c('legalStatus'), value: join(child.legalStatus?.map((s) => legalStatusLabels[s])) },
    { label: c('nhsNumber'), value: child.nhsNumber && nhsSpaced(child.nhsNumber) },
    { label: c('carer.who'), value: child.carer?.who },
    { label: c('carer.where'), value: child.carer?.where },
  ];
}

/** The referral as groups of label and answer, in form order, with the option lists' words. */
export function detailGroups(form: ReferralDraft, profile: Profile): DetailGroup[] {
  const lead = form.safeguardingLead;
  const incident = form.incident;
  const other = form.otherProcesses;
  const answer = (value: 'yes' | 'no' | 'unknown' | undefined) => value && yesNoUnknownLabels[value];
  return [
    {
      title: 'Type of referral',
      rows: [
        { label: label('route'), value: form.route && referralRouteLabels[form.route] },
        ...(form.routeChangeReason
          ? [{ label: label('routeChangeReason'), value: form.routeChangeReason, long: true }]
          : []),
      ],
    },
    {
      title: 'Referrer',
      rows: [
        { label: 'Name', value: form.referrer?.name },
        { label: 'Job title', value: form.referrer?.jobTitle },
        {
          label: 'Agency',
          value:
            profile.agencies.find((a) => a.id === form.referrer?.agencyId)?.name ?? form.referrer?.agencyId,
        },
        { label: 'Email', value: form.referrer?.email },
        { label: 'Phone', value: form.referrer?.phone },
        {
          label: 'Declaration',
          value: form.referrer?.declarationAccurate ? 'Confirmed accurate' : undefined,
        },
      ],
    },
    {
      title: 'Safeguarding Lead consulted',
      rows:
        lead?.consulted === false
          ? [
              { label: 'Consulted', value: 'No' },
              { label: 'Why not', value: lead.reason, long: true },
            ]
          : [
              { label: 'Consulted', value: yesNo(lead?.consulted) },
              { label: 'Name', value: lead?.name },
              { label: 'Role', value: lead?.role },
              { label: 'Date', value: date(lead?.date) },
            ],
    },
    {
      title: 'Dates',
      rows: [
        { label: label('dates.incidentDate'), value: date(form.dates?.incidentDate) },
        { label: label('dates.awarenessDate'), value: date(form.dates?.awarenessDate) },
        ...(incident?.outcome === 'died'
          ? [{ label: label('dates.dateOfDeath'), value: date(form.dates?.dateOfDeath) }]
          : []),
      ],
    },
    ...(form.children ?? []).map((child, i) => ({ title: `Child ${String(i + 1)}`, rows: childRows(child) })),
    ...(form.household ?? []).map((person, i) => ({
      title: `Household: person ${String(i + 1)}`,
      rows: [
        { label: 'Name', value: person.name },
        { label: label('household.*.relationship'), value: person.relationship },
        { label: 'Date of birth', value: date(person.dateOfBirth) },
        { label: 'Address', value: person.address, long: true },
      ],
    })),
    {
      title: 'Agencies involved',
      rows: (form.agencies ?? []).map((a) => ({
        label: a.agency ?? 'Agency',
        value:
          [
            a.contact,
            a.stillInvolved === undefined
              ? undefined
              : a.stillInvolved
                ? 'still involved'
                : 'no longer involved',
          ]
            .filter(Boolean)
            .join(' — ') || undefined,
      })),
    },
    {
      title: 'What happened',
      rows: [
        {
          label: label('incident.outcome'),
          value: incident?.outcome && incidentOutcomeLabels[incident.outcome],
        },
        {
          label: 'Abuse or neglect',
          value: incident?.abuseOrNeglect && abuseOrNeglectLabels[incident.abuseOrNeglect],
        },
        ...(incident?.abuseOrNeglect === 'not_suspected'
          ? []
          : [
              {
                label: label('incident.abuseTypes'),
                value: join(incident?.abuseTypes?.map((t) => abuseTypeLabels[t])),
              },
            ]),
        { label: label('incident.description'), value: incident?.description, long: true },
        { label: label('incident.keyEvents'), value: incident?.keyEvents, long: true },
      ],
    },
    {
      title: 'Why the criteria are met, and learning',
      rows: [
        { label: label('learning.reasons'), value: form.learning?.reasons, long: true },
        { label: label('learning.agencyConcerns'), value: form.learning?.agencyConcerns, long: true },
        { label: label('learning.goodPractice'), value: form.learning?.goodPractice, long: true },
      ],
    },
    {
      title: 'Other processes',
      rows: [
        {
          label: 'National Panel notified',
          value:
            other?.nationalPanelNotified === 'yes' && other.nationalPanelNotifiedDate
              ? `Yes, ${date(other.nationalPanelNotifiedDate) ?? ''}`
              : answer(other?.nationalPanelNotified),
        },
        { label: 'Police investigation', value: answer(other?.policeInvestigation) },
        { label: 'Coroner', value: answer(other?.coroner) },
        { label: 'Child Death Overview Panel', value: answer(other?.childDeathOverviewPanel) },
        { label: 'Media interest', value: answer(other?.mediaInterest) },
        { label: 'Other reviews', value: answer(other?.otherReviews) },
        ...(other?.otherReviewsDetails
          ? [{ label: 'Details of other reviews', value: other.otherReviewsDetails, long: true }]
          : []),
      ],
    },
  ];
}
