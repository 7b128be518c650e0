import { describe, it, expect } from '@jest/globals';
import { daysLeft, type DeadlineRule } from '../../../src/domain/deadline/index.ts';

const working: DeadlineRule = { days: 5, dayKind: 'working', clockStart: 'incident', closureDays: [] };
const calendar: DeadlineRule = { ...working, dayKind: 'calendar' };

describe('days left until the deadline', () => {
  it('counts working days under a working-day rule, skipping the weekend', () => {
    // Wed 25 Nov 2026 → Fri 27 Nov 2026; Fri → Mon 30 Nov is one working day.
    expect(daysLeft('2026-11-25', '2026-11-27', working)).toBe(2);
    expect(daysLeft('2026-11-27', '2026-11-30', working)).toBe(1);
  });

  it('counts every day under a calendar-day rule', () => {
    expect(daysLeft('2026-11-27', '2026-11-30', calendar)).toBe(3);
  });

  it('is 0 on the due date and negative once overdue', () => {
    expect(daysLeft('2026-11-27', '2026-11-27', working)).toBe(0);
    expect(daysLeft('2026-12-01', '2026-11-27', working)).toBeLessThan(0);
    expect(daysLeft('2026-12-01', '2026-11-27', calendar)).toBe(-4);
  });
});
