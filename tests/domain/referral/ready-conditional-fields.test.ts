import { describe, it, expect } from '@jest/globals';
import { checkReadyToSubmit, type Referral, type ReferralDraft } from '../../../src/domain/referral/index.ts';
import { aChild, aCompleteReferral, readyContext, withField } from '../../support/referral-builder.ts';

const errorsOf = (draft: ReferralDraft) => {
  const result = checkReadyToSubmit(draft, readyContext);
  return result.ready ? [] : result.errors;
};

const referralOf = (draft: ReferralDraft): Referral => {
  const result = checkReadyToSubmit(draft, readyContext);
  if (!result.ready) throw new Error(`not ready: ${JSON.stringify(result.errors)}`);
  return result.referral;
};

describe('ready to submit: conditional fields', () => {
  describe('route', () => {
    it('needs a reason when the route differs from the one the check suggested', () => {
      const changed = aCompleteReferral({ route: 'practice_concern', suggestedRoute: 'serious_incident' });
      expect(errorsOf(changed)).toEqual([
        {
          path: 'routeChangeReason',
          message:
            'Explain why you chose a different type of referral from the one the criteria check suggested',
        },
      ]);
      const explained = { ...changed, routeChangeReason: 'Discussed with the PRSG member' };
      expect(referralOf(explained)).toMatchObject({
        route: 'practice_concern',
        suggestedRoute: 'serious_incident',
        routeChangeReason: 'Discussed with the PRSG member',
      });
    });

    it('needs no reason, and keeps none, when the route is the suggested one', () => {
      const referral = referralOf(aCompleteReferral({ routeChangeReason: 'Changed my mind back' }));
      expect(referral).not.toHaveProperty('routeChangeReason');
    });

    it('needs no reason when there was no criteria check', () => {
      expect(errorsOf(aCompleteReferral({ route: 'sgor', suggestedRoute: undefined }))).toEqual([]);
    });
  });

  describe('Safeguarding Lead', () => {
    it('needs the name, role and date when the lead was consulted', () => {
      expect(errorsOf(aCompleteReferral({ safeguardingLead: { consulted: true } }))).toEqual([
        { path: 'safeguardingLead.name', message: "Enter the Safeguarding Lead's name" },
        { path: 'safeguardingLead.role', message: "Enter the Safeguarding Lead's role" },
        { path: 'safeguardingLead.date', message: 'Enter the date you spoke to the Safeguarding Lead' },
      ]);
    });

    it('needs a reason when the lead was not consulted', () => {
      expect(errorsOf(aCompleteReferral({ safeguardingLead: { consulted: false } }))).toEqual([
        {
          path: 'safeguardingLead.reason',
          message: 'Explain why you did not discuss this referral with a Safeguarding Lead',
        },
      ]);
    });

    it('keeps only the answers of the choice made', () => {
      const consulted = { consulted: true, name: 'Sam Patel', role: 'Named nurse', date: '2025-06-24' };
      expect(
        referralOf(aCompleteReferral({ safeguardingLead: { ...consulted, reason: 'Was on leave' } }))
          .safeguardingLead,
      ).toEqual(consulted);
      expect(
        referralOf(
          aCompleteReferral({ safeguardingLead: { ...consulted, consulted: false, reason: 'On leave' } }),
        ).safeguardingLead,
      ).toEqual({ consulted: false, reason: 'On leave' });
    });
  });

  describe('date of death', () => {
    const died = (dates: ReferralDraft['dates']) =>
      aCompleteReferral({ dates, incident: { ...aCompleteReferral().incident, outcome: 'died' } });

    it('is needed when the child died', () => {
      expect(errorsOf(died({ incidentDate: '2025-06-20', awarenessDate: '2025-06-20' }))).toEqual([
        { path: 'dates.dateOfDeath', message: 'Enter the date the child died' },
      ]);
      expect(
        errorsOf(
          died({ incidentDate: '2025-06-20', awarenessDate: '2025-06-20', dateOfDeath: '2025-06-21' }),
        ),
      ).toEqual([]);
    });

    it('is not needed, and not kept, when the child did not die', () => {
      const dates = { incidentDate: '2025-06-20', awarenessDate: '2025-06-23', dateOfDeath: '2025-06-21' };
      expect(referralOf(aCompleteReferral({ dates })).dates).toEqual({
        incidentDate: '2025-06-20',
        awarenessDate: '2025-06-23',
      });
    });
  });

  describe('abuse or neglect', () => {
    it.each(['known', 'suspected'] as const)('needs the types when abuse or neglect is %s', (answer) => {
      const incident = { ...aCompleteReferral().incident, abuseOrNeglect: answer, abuseTypes: undefined };
      expect(errorsOf(aCompleteReferral({ incident }))).toEqual([
        { path: 'incident.abuseTypes', message: 'Choose the type or types of abuse or neglect' },
      ]);
    });

    it('does not need, or keep, types when abuse or neglect is not suspected', () => {
      const incident = { ...aCompleteReferral().incident, abuseOrNeglect: 'not_suspected' as const };
      expect(referralOf(aCompleteReferral({ incident })).incident).not.toHaveProperty('abuseTypes');
    });

    it('keeps the types in the order offered, without repeats', () => {
      const incident = {
        ...aCompleteReferral().incident,
        abuseTypes: ['neglect', 'physical', 'neglect'] as ('neglect' | 'physical')[],
      };
      expect(referralOf(aCompleteReferral({ incident })).incident).toMatchObject({
        abuseTypes: ['physical', 'neglect'],
      });
    });
  });

  describe('National Panel notification', () => {
    const processes = aCompleteReferral().otherProcesses;

    it('needs the date when the National Panel was notified', () => {
      const draft = aCompleteReferral({
        otherProcesses: { ...processes, nationalPanelNotified: 'yes', nationalPanelNotifiedDate: undefined },
      });
      expect(errorsOf(draft)).toEqual([
        {
          path: 'otherProcesses.nationalPanelNotifiedDate',
          message: 'Enter the date the National Panel was notified',
        },
      ]);
    });

    it.each(['no', 'unknown'] as const)('needs no date, and keeps none, when the answer is %s', (answer) => {
      const draft = aCompleteReferral({ otherProcesses: { ...processes, nationalPanelNotified: answer } });
      expect(referralOf(draft).otherProcesses).not.toHaveProperty('nationalPanelNotifiedDate');
    });
  });

  describe('other reviews', () => {
    const processes = aCompleteReferral().otherProcesses;

    it('keeps details of other reviews unless the answer is no', () => {
      const details = 'Domestic homicide review being considered';
      const withAnswer = (otherReviews: 'yes' | 'no' | 'unknown') =>
        referralOf(
          aCompleteReferral({ otherProcesses: { ...processes, otherReviews, otherReviewsDetails: details } }),
        ).otherProcesses;
      expect(withAnswer('yes').otherReviewsDetails).toBe(details);
      expect(withAnswer('unknown').otherReviewsDetails).toBe(details);
      expect(withAnswer('no')).not.toHaveProperty('otherReviewsDetails');
    });
  });

  describe("a child's date of birth, due date or age", () => {
    it('needs the expected due date for an unborn child', () => {
      const child = aChild({ dobKind: 'expected_due_date', dateOfBirth: undefined });
      expect(errorsOf(aCompleteReferral({ children: [child] }))).toEqual([
        { path: 'children.0.expectedDueDate', message: 'Enter the expected due date' },
      ]);
    });

    it('needs the approximate age when only that is known, in whole years from 0 to 24', () => {
      const withAge = (approximateAgeYears: number | undefined) =>
        errorsOf(
          aCompleteReferral({ children: [aChild({ dobKind: 'approximate_age', approximateAgeYears })] }),
        );
      expect(withAge(undefined)).toEqual([
        { path: 'children.0.approximateAgeYears', message: "Enter the child's approximate age in years" },
      ]);
      for (const age of [-1, 25, 2.5]) {
        expect(withAge(age)).toEqual([
          {
            path: 'children.0.approximateAgeYears',
            message: 'Enter the approximate age in whole years, from 0 to 24',
          },
        ]);
      }
      expect(withAge(0)).toEqual([]);
      expect(withAge(24)).toEqual([]);
    });

    it('keeps only the answer of the kind chosen', () => {
      const child = aChild({
        dobKind: 'expected_due_date',
        dateOfBirth: '2021-03-14',
        expectedDueDate: '2025-09-01',
        approximateAgeYears: 4,
      });
      const [checked] = referralOf(aCompleteReferral({ children: [child] })).children;
      expect(checked).toMatchObject({ dobKind: 'expected_due_date', expectedDueDate: '2025-09-01' });
      expect(checked).not.toHaveProperty('dateOfBirth');
      expect(checked).not.toHaveProperty('approximateAgeYears');
    });
  });

  describe('legal status', () => {
    it("refuses 'None known' together with another status", () => {
      const child = aChild({ legalStatus: ['none_known', 'looked_after'] });
      expect(errorsOf(aCompleteReferral({ children: [child] }))).toEqual([
        {
          path: 'children.0.legalStatus',
          message: "'None known' cannot be chosen together with another legal status",
        },
      ]);
    });

    it("accepts 'None known' alone and several other statuses together", () => {
      expect(errorsOf(aCompleteReferral({ children: [aChild({ legalStatus: ['none_known'] })] }))).toEqual(
        [],
      );
      const several = aChild({
        legalStatus: ['looked_after', 'child_protection_plan_previous', 'looked_after'],
      });
      expect(referralOf(aCompleteReferral({ children: [several] })).children[0]?.legalStatus).toEqual([
        'child_protection_plan_previous',
        'looked_after',
      ]);
    });
  });

  it('reports a conditional error together with every other error', () => {
    const draft = withField(
      withField(aCompleteReferral({ safeguardingLead: { consulted: false } }), 'referrer.name', undefined),
      'children.0.postcode',
      'ABC',
    );
    expect(errorsOf(draft).map((error) => error.path)).toEqual([
      'referrer.name',
      'safeguardingLead.reason',
      'children.0.postcode',
    ]);
  });
});
