import fc from 'fast-check';
import { addDays } from '../../../src/domain/calendar/calendar-date.ts';
import {
  abuseTypes,
  ethnicityCodes,
  hasForbiddenCharacters,
  incidentOutcomes,
  legalStatuses,
  nhsCheckDigit,
  referralRoutes,
  sexOrGenderOptions,
  yesNoUnknown,
  type ChildDraft,
  type LegalStatus,
  type ReferralDraft,
} from '../../../src/domain/referral/index.ts';
import { readyContext } from '../../support/referral-builder.ts';

const { today } = readyContext;

/** Valid NHS numbers: nine random digits and their check digit, skipping the starts that have none. */
export const validNhsNumber = fc
  .stringMatching(/^\d{9}$/)
  .map((nine) => ({ nine, check: nhsCheckDigit(nine) }))
  .filter((candidate) => candidate.check !== undefined)
  .map(({ nine, check }) => `${nine}${String(check)}`);

/** Some text a person might type: any printable graphemes, sometimes with spaces or line breaks around it. */
export const someText = fc
  .tuple(
    fc.constantFrom('', ' ', '  ', '\n'),
    fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
      .filter((text) => text.trim() !== '' && !hasForbiddenCharacters(text)),
    fc.constantFrom('', ' ', '\r\n'),
  )
  .map(([before, text, after]) => `${before}${text}${after}`);

const postcode = fc
  .tuple(
    fc.constantFrom(
      'SW1A 1AA',
      'M5 4WT',
      'GIR 0AA',
      'EC1A 1BB',
      'W1A 0AX',
      'B33 8TH',
      'CR2 6XH',
      'DN55 1PT',
      'M6 5FX',
    ),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([code, lower, squashed]) => {
    const cased = lower ? code.toLowerCase() : code;
    return squashed ? cased.replace(' ', '') : cased;
  });

const nhsNumber = fc
  .tuple(validNhsNumber, fc.boolean())
  .map(([digits, spaced]) =>
    spaced ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : digits,
  );

const email = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9.]{0,10}[a-z0-9]$/),
    fc.constantFrom('example.org', 'nhs.net', 'salford.gov.uk'),
  )
  .filter(([local]) => !local.includes('..'))
  .map(([local, domain]) => `${local}@${domain}`);

const phone = fc.constantFrom(
  '0161 793 2500',
  '07700 900123',
  '+44 161 793 2500',
  '+44 (0)161 206 1234',
  '0161 206 1234 ext 22',
);

/** A date between `from` and `from + days` (inclusive). */
const dateWithin = (from: string, days: number) =>
  fc.integer({ min: 0, max: days }).map((n) => addDays(from, n));

const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

function child(incidentDate: string): fc.Arbitrary<ChildDraft> {
  const birth = fc.oneof(
    fc
      .integer({ min: 0, max: 9000 })
      .map((age) => ({ dobKind: 'date_of_birth' as const, dateOfBirth: addDays(incidentDate, -age) })),
    fc.integer({ min: -60, max: 294 }).map((ahead) => ({
      dobKind: 'expected_due_date' as const,
      expectedDueDate: addDays(incidentDate, ahead),
    })),
    fc
      .integer({ min: 0, max: 24 })
      .map((years) => ({ dobKind: 'approximate_age' as const, approximateAgeYears: years })),
  );
  return fc
    .record({
      names: fc.record({
        fullName: someText,
        otherNames: fc.array(fc.oneof(someText, fc.constant('')), { maxLength: 3 }),
      }),
      birth,
      sexOrGender: fc.constantFrom(...sexOrGenderOptions),
      ethnicity: maybe(fc.constantFrom(...ethnicityCodes)),
      address: someText,
      postcode,
      legalStatus: fc.oneof(
        fc.constant<LegalStatus[]>(['none_known']),
        fc.subarray(
          legalStatuses.filter((status) => status !== 'none_known'),
          { minLength: 1 },
        ),
      ),
      nhsNumber: maybe(nhsNumber),
      carer: maybe(fc.record({ who: someText, where: someText }, { requiredKeys: [] })),
    })
    .map(({ names, birth: when, ...rest }) => {
      const draft: ChildDraft = { names, ...when, ...rest };
      // Unset optional fields are left out rather than present as undefined, as JSON would have them.
      return JSON.parse(JSON.stringify(draft)) as ChildDraft;
    });
}

/** Complete referrals with random valid values, for `readyContext`. Keys are built in form order. */
export const aRandomCompleteReferral: fc.Arbitrary<ReferralDraft> = fc
  .integer({ min: 0, max: 400 })
  .chain((daysAgo) => {
    const incidentDate = addDays(today, -daysAgo);
    const sinceIncident = dateWithin(incidentDate, daysAgo);
    const route = fc.constantFrom(...referralRoutes);
    return fc
      .record({
        route,
        suggestedRoute: maybe(route),
        routeChangeReason: someText,
        referrer: fc.record({
          name: someText,
          jobTitle: someText,
          agencyId: fc.constantFrom(...readyContext.agencyIds),
          email,
          phone,
          declarationAccurate: fc.constant(true),
        }),
        safeguardingLead: fc.oneof(
          fc.record({ consulted: fc.constant(true), name: someText, role: someText, date: sinceIncident }),
          fc.record({ consulted: fc.constant(false), reason: someText }),
        ),
        awarenessDate: sinceIncident,
        dateOfDeath: sinceIncident,
        children: fc.array(child(incidentDate), { minLength: 1, maxLength: 4 }),
        household: fc.array(
          fc.record(
            {
              name: someText,
              relationship: someText,
              dateOfBirth: dateWithin('1930-01-01', 30000),
              address: someText,
            },
            { requiredKeys: ['name', 'relationship'] },
          ),
          { maxLength: 3 },
        ),
        agencies: fc.array(fc.record({ agency: someText, contact: someText, stillInvolved: fc.boolean() }), {
          minLength: 1,
          maxLength: 3,
        }),
        outcome: fc.constantFrom(...incidentOutcomes),
        abuse: fc.oneof(
          fc.record({
            abuseOrNeglect: fc.constantFrom('known' as const, 'suspected' as const),
            abuseTypes: fc.subarray([...abuseTypes], { minLength: 1 }),
          }),
          fc.constant({ abuseOrNeglect: 'not_suspected' as const }),
        ),
        description: someText,
        keyEvents: maybe(someText),
        learning: fc
          .record(
            { reasons: someText, agencyConcerns: someText, goodPractice: someText },
            { requiredKeys: [] },
          )
          .filter((learning) => Object.keys(learning).length > 0),
        nationalPanelNotified: fc.constantFrom(...yesNoUnknown),
        nationalPanelNotifiedDate: sinceIncident,
        others: fc.array(fc.constantFrom(...yesNoUnknown), { minLength: 5, maxLength: 5 }),
        otherReviewsDetails: maybe(someText),
      })
      .map((r) => {
        const [policeInvestigation, coroner, childDeathOverviewPanel, mediaInterest, otherReviews] = r.others;
        const draft: ReferralDraft = {
          route: r.route,
          suggestedRoute: r.suggestedRoute,
          routeChangeReason:
            r.suggestedRoute !== undefined && r.suggestedRoute !== r.route ? r.routeChangeReason : undefined,
          referrer: r.referrer,
          safeguardingLead: r.safeguardingLead,
          dates: {
            incidentDate,
            awarenessDate: r.awarenessDate,
            dateOfDeath: r.outcome === 'died' ? r.dateOfDeath : undefined,
          },
          children: r.children,
          household: r.household,
          agencies: r.agencies,
          incident: { outcome: r.outcome, ...r.abuse, description: r.description, keyEvents: r.keyEvents },
          learning: r.learning,
          otherProcesses: {
            nationalPanelNotified: r.nationalPanelNotified,
            nationalPanelNotifiedDate:
              r.nationalPanelNotified === 'yes' ? r.nationalPanelNotifiedDate : undefined,
            policeInvestigation,
            coroner,
            childDeathOverviewPanel,
            mediaInterest,
            otherReviews,
            otherReviewsDetails: r.otherReviewsDetails,
          },
        };
        return JSON.parse(JSON.stringify(draft)) as ReferralDraft;
      });
  });
