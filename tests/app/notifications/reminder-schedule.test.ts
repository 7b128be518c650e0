import { describe, it, expect } from '@jest/globals';
import { londonHour, reminderFor } from '../../../src/app/notifications/reminder-schedule.ts';
import type { DeadlineRule } from '../../../src/domain/deadline/index.ts';

const working: DeadlineRule = {
  days: 5,
  dayKind: 'working',
  clockStart: 'incident',
  closureDays: ['2026-01-07'],
};
const calendar: DeadlineRule = { days: 7, dayKind: 'calendar', clockStart: 'awareness', closureDays: [] };

describe('which reminder a referral gets today', () => {
  it('reminds 2 and 1 days before the deadline', () => {
    expect(reminderFor(2, '2026-01-05', working)).toBe('due_in_2');
    expect(reminderFor(1, '2026-01-05', working)).toBe('due_in_1');
    expect(reminderFor(3, '2026-01-05', working)).toBeUndefined();
    expect(reminderFor(0, '2026-01-05', working)).toBeUndefined();
  });

  it('reminds on the first overdue day and every fifth day after', () => {
    expect([-1, -2, -5, -6, -11].map((d) => reminderFor(d, '2026-01-05', working))).toEqual([
      'overdue',
      undefined,
      undefined,
      'overdue',
      'overdue',
    ]);
  });

  it('stays quiet on weekends, bank holidays and closure days under a working-day rule', () => {
    expect(reminderFor(1, '2026-01-03', working)).toBeUndefined(); // Saturday
    expect(reminderFor(1, '2026-01-01', working)).toBeUndefined(); // New Year's Day
    expect(reminderFor(1, '2026-01-07', working)).toBeUndefined(); // the profile's closure day
    expect(reminderFor(1, '2026-01-03', calendar)).toBe('due_in_1');
  });

  it('reads the hour on a London clock, summer time included', () => {
    expect(londonHour(new Date('2026-01-05T07:59:00Z'))).toBe(7);
    expect(londonHour(new Date('2026-06-05T07:59:00Z'))).toBe(8);
  });
});
