import { describe, it, expect } from '@jest/globals';
import { checkReadyToSubmit, type ReferralDraft } from '../../../src/domain/referral/index.ts';
import {
  aChild,
  aCompleteReferral,
  aHouseholdMember,
  readyContext,
  withField,
} from '../../support/referral-builder.ts';

// readyContext.today is 2025-06-30; the builder's incident is on 2025-06-20.
const errorsOf = (draft: ReferralDraft) => {
  const result = checkReadyToSubmit(draft, readyContext);
  return result.ready ? [] : result.errors;
};

const died = aCompleteReferral({
  dates: { incidentDate: '2025-06-20', awarenessDate: '2025-06-23', dateOfDeath: '2025-06-21' },
  incident: { ...aCompleteReferral().incident, outcome: 'died' },
});

describe('ready to submit: dates', () => {
  it.each([
    ['dates.incidentDate', 'The incident date must be today or in the past'],
    ['dates.awarenessDate', 'The date your agency became aware must be today or in the past'],
    ['safeguardingLead.date', 'The date you spoke to the Safeguarding Lead must be today or in the past'],
    [
      'otherProcesses.nationalPanelNotifiedDate',
      'The date the National Panel was notified must be today or in the past',
    ],
    ['household.0.dateOfBirth', 'The date of birth must be today or in the past'],
  ])('refuses %s in the future', (path, message) => {
    expect(errorsOf(withField(aCompleteReferral(), path, '2025-07-01'))).toContainEqual({ path, message });
  });

  it('refuses a date of death in the future', () => {
    expect(errorsOf(withField(died, 'dates.dateOfDeath', '2025-07-01'))).toEqual([
      { path: 'dates.dateOfDeath', message: 'The date of death must be today or in the past' },
    ]);
  });

  it("refuses a child's date of birth in the future", () => {
    const draft = aCompleteReferral({ children: [aChild({ dateOfBirth: '2025-07-01' })] });
    expect(errorsOf(draft)).toEqual([
      { path: 'children.0.dateOfBirth', message: 'The date of birth must be today or in the past' },
    ]);
  });

  it('accepts today for every date', () => {
    const today = readyContext.today;
    const draft = aCompleteReferral({
      dates: { incidentDate: today, awarenessDate: today, dateOfDeath: today },
      incident: { ...died.incident },
      safeguardingLead: { consulted: true, name: 'Sam Patel', role: 'Named nurse', date: today },
      children: [aChild({ dateOfBirth: today })],
      household: [aHouseholdMember({ dateOfBirth: today })],
      otherProcesses: { ...aCompleteReferral().otherProcesses, nationalPanelNotifiedDate: today },
    });
    expect(errorsOf(draft)).toEqual([]);
  });

  it.each([
    ['dates.incidentDate', '2025-02-29', 'The incident date must be a real date'],
    ['dates.awarenessDate', '2025-06-31', 'The date your agency became aware must be a real date'],
    [
      'safeguardingLead.date',
      '24/06/2025',
      'The date you spoke to the Safeguarding Lead must be a real date',
    ],
    ['children.0.dateOfBirth', '2021-3-14', 'The date of birth must be a real date'],
    ['household.0.dateOfBirth', '0195-01-01', 'The date of birth must be a real date'],
    [
      'otherProcesses.nationalPanelNotifiedDate',
      'soon',
      'The date the National Panel was notified must be a real date',
    ],
  ])('refuses %s of %j as not a real date', (path, value, message) => {
    expect(errorsOf(withField(aCompleteReferral(), path, value))).toEqual([{ path, message }]);
  });

  it('refuses an awareness date before the incident, and accepts the same day', () => {
    const dates = (awarenessDate: string) =>
      aCompleteReferral({ dates: { incidentDate: '2025-06-20', awarenessDate } });
    expect(errorsOf(dates('2025-06-19'))).toEqual([
      {
        path: 'dates.awarenessDate',
        message: 'The date your agency became aware must be on or after the incident date',
      },
    ]);
    expect(errorsOf(dates('2025-06-20'))).toEqual([]);
  });

  it('refuses a date of death before the incident, and accepts the same day', () => {
    expect(errorsOf(withField(died, 'dates.dateOfDeath', '2025-06-19'))).toEqual([
      { path: 'dates.dateOfDeath', message: 'The date of death must be on or after the incident date' },
    ]);
    expect(errorsOf(withField(died, 'dates.dateOfDeath', '2025-06-20'))).toEqual([]);
  });

  it('refuses a consultation or a National Panel notification before the incident', () => {
    const draft = withField(
      withField(aCompleteReferral(), 'safeguardingLead.date', '2025-06-19'),
      'otherProcesses.nationalPanelNotifiedDate',
      '2025-06-19',
    );
    expect(errorsOf(draft)).toEqual([
      {
        path: 'safeguardingLead.date',
        message: 'The date you spoke to the Safeguarding Lead must be on or after the incident date',
      },
      {
        path: 'otherProcesses.nationalPanelNotifiedDate',
        message: 'The date the National Panel was notified must be on or after the incident date',
      },
    ]);
  });

  describe("a child's date of birth and the incident", () => {
    const withBirth = (dateOfBirth: string) => aCompleteReferral({ children: [aChild({ dateOfBirth })] });

    it('refuses a birth after the incident and accepts a birth on the day of the incident', () => {
      expect(errorsOf(withBirth('2025-06-21'))).toEqual([
        {
          path: 'children.0.dateOfBirth',
          message: 'The date of birth must be on or before the incident date',
        },
      ]);
      expect(errorsOf(withBirth('2025-06-20'))).toEqual([]);
    });

    it('refuses a child who was 25 or older on the incident date, accepting a care leaver of 24', () => {
      expect(errorsOf(withBirth('2000-06-20'))).toEqual([
        {
          path: 'children.0.dateOfBirth',
          message: 'The child must have been under 25 on the incident date: check the date of birth',
        },
      ]);
      expect(errorsOf(withBirth('2000-06-21'))).toEqual([]);
    });
  });

  describe("an unborn child's expected due date", () => {
    const withDueDate = (expectedDueDate: string) =>
      aCompleteReferral({
        children: [aChild({ dobKind: 'expected_due_date', dateOfBirth: undefined, expectedDueDate })],
      });

    it('accepts a due date up to 42 weeks after the incident, and in the future', () => {
      expect(errorsOf(withDueDate('2026-04-10'))).toEqual([]); // 2025-06-20 + 294 days
      expect(errorsOf(withDueDate('2025-09-01'))).toEqual([]);
    });

    it('accepts a due date before the incident (a baby who was overdue)', () => {
      expect(errorsOf(withDueDate('2025-06-10'))).toEqual([]);
    });

    it('refuses a due date more than 42 weeks after the incident', () => {
      expect(errorsOf(withDueDate('2026-04-11'))).toEqual([
        {
          path: 'children.0.expectedDueDate',
          message:
            'The expected due date must be no more than 42 weeks after the incident date: check both dates',
        },
      ]);
    });
  });

  it('skips comparisons with an incident date that is missing or not real, reporting only that date', () => {
    for (const incidentDate of [undefined, '2025-13-01']) {
      const draft = withField(
        withField(aCompleteReferral(), 'dates.incidentDate', incidentDate),
        'children.0.dateOfBirth',
        '2025-06-25',
      );
      expect(errorsOf(draft).map((error) => error.path)).toEqual(['dates.incidentDate']);
    }
  });

  it('still compares with an incident date in the future', () => {
    const draft = aCompleteReferral({ dates: { incidentDate: '2025-07-02', awarenessDate: '2025-06-30' } });
    expect(errorsOf(draft).map((error) => error.path)).toEqual([
      'safeguardingLead.date',
      'dates.incidentDate',
      'dates.awarenessDate',
      'otherProcesses.nationalPanelNotifiedDate',
    ]);
  });

  it('refuses a context whose today is not a real date', () => {
    expect(() => checkReadyToSubmit(aCompleteReferral(), { ...readyContext, today: '30/06/2025' })).toThrow(
      RangeError,
    );
  });
});
