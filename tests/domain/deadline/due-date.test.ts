import { describe, it, expect } from '@jest/globals';
import {
  clockStartDate,
  dueDate,
  workingDaysLeft,
  type DeadlineRule,
} from '../../../src/domain/deadline/index.ts';

const fiveWorkingDays: DeadlineRule = {
  days: 5,
  dayKind: 'working',
  clockStart: 'incident',
  closureDays: [],
};

describe('referral due date', () => {
  it.each([
    ['2025-12-23', '2026-01-02', 'Tue 23 Dec 2025, over Christmas and New Year, is due Fri 2 Jan 2026'],
    ['2026-04-02', '2026-04-13', 'Thu 2 Apr 2026, over Easter, is due Mon 13 Apr 2026'],
    ['2026-11-21', '2026-11-27', 'Sat 21 Nov 2026 is due Fri 27 Nov 2026'],
  ])('incident %s is due %s (%s)', (incident, due) => {
    expect(dueDate(incident, fiveWorkingDays)).toBe(due);
  });

  it('skips the Boxing Day substitute in 2026', () => {
    // Wed 23 Dec 2026: Thu 24 (1), Fri 25 to Mon 28 off, Tue 29 (2), Wed 30 (3), Thu 31 (4), Mon 4 Jan (5).
    expect(dueDate('2026-12-23', fiveWorkingDays)).toBe('2027-01-04');
  });

  it('skips both Christmas substitutes in 2027', () => {
    // Thu 23 Dec 2027: Fri 24 (1), Sat 25 to Tue 28 off, Wed 29 (2), Thu 30 (3), Fri 31 (4), then
    // New Year's Day on Saturday 1 Jan 2028 moves to Mon 3 Jan, so Tue 4 Jan (5).
    expect(dueDate('2027-12-23', fiveWorkingDays)).toBe('2028-01-04');
  });

  it('starts counting the day after an incident on a bank holiday', () => {
    expect(dueDate('2025-08-25', fiveWorkingDays)).toBe('2025-09-01');
  });

  it('moves the due date by a profile closure day', () => {
    expect(dueDate('2026-03-02', fiveWorkingDays)).toBe('2026-03-09');
    expect(dueDate('2026-03-02', { ...fiveWorkingDays, closureDays: ['2026-03-04'] })).toBe('2026-03-10');
  });

  it('ignores a closure day that falls on a weekend', () => {
    expect(dueDate('2026-03-02', { ...fiveWorkingDays, closureDays: ['2026-03-07'] })).toBe('2026-03-09');
  });

  it('counts calendar days without rolling forward off a weekend', () => {
    const calendar: DeadlineRule = { ...fiveWorkingDays, dayKind: 'calendar' };
    expect(dueDate('2025-12-23', calendar)).toBe('2025-12-28');
    expect(dueDate('2026-02-26', { ...calendar, days: 3 })).toBe('2026-03-01');
  });

  it('uses the profile’s number of days', () => {
    expect(dueDate('2026-11-21', { ...fiveWorkingDays, days: 1 })).toBe('2026-11-23');
    expect(dueDate('2026-11-21', { ...fiveWorkingDays, days: 15 })).toBe('2026-12-11');
  });

  it('refuses a rule without a positive whole number of days, or a start that is not a date', () => {
    expect(() => dueDate('2026-11-21', { ...fiveWorkingDays, days: 0 })).toThrow(RangeError);
    expect(() => dueDate('2026-11-21', { ...fiveWorkingDays, days: 2.5 })).toThrow(RangeError);
    expect(() => dueDate('21/11/2026', fiveWorkingDays)).toThrow(RangeError);
  });
});

describe('working days left', () => {
  const due = '2026-01-02';

  it.each([
    ['2025-12-23', 5],
    ['2025-12-24', 4],
    ['2025-12-25', 4],
    ['2025-12-31', 1],
    ['2026-01-01', 1],
    ['2026-01-02', 0],
    ['2026-01-03', -1],
    ['2026-01-05', -1],
    ['2026-01-06', -2],
  ])('on %s: %i', (today, left) => {
    expect(workingDaysLeft(today, due, [])).toBe(left);
  });

  it('counts closure days as not working', () => {
    expect(workingDaysLeft('2025-12-23', due, ['2025-12-30'])).toBe(4);
  });

  it('never says 0 unless it is the due date itself', () => {
    // Calendar rule: due on Sunday 28 Dec 2025; the days before it are holidays or a weekend.
    expect(workingDaysLeft('2025-12-27', '2025-12-28', [])).toBe(1);
    expect(workingDaysLeft('2025-12-28', '2025-12-28', [])).toBe(0);
    expect(workingDaysLeft('2025-12-29', '2025-12-28', [])).toBe(-1);
  });
});

describe('clock start date', () => {
  const dates = { incidentDate: '2026-04-02', awarenessDate: '2026-04-08' };

  it('is the incident date when the clock starts at the incident', () => {
    expect(clockStartDate({ clockStart: 'incident' }, dates)).toBe('2026-04-02');
  });

  it('is the awareness date when the clock starts when the agency became aware', () => {
    const rule: DeadlineRule = { ...fiveWorkingDays, clockStart: 'awareness' };
    const start = clockStartDate(rule, dates);
    expect(start).toBe('2026-04-08');
    expect(dueDate(start ?? '', rule)).toBe('2026-04-15');
  });

  it('is undefined while the date the rule needs is missing', () => {
    expect(clockStartDate({ clockStart: 'awareness' }, { incidentDate: '2026-04-02' })).toBeUndefined();
    expect(clockStartDate({ clockStart: 'incident' }, { awarenessDate: '2026-04-08' })).toBeUndefined();
    expect(clockStartDate({ clockStart: 'incident' }, { incidentDate: '' })).toBeUndefined();
  });
});
