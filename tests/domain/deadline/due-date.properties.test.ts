import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import {
  addDays,
  compareDates,
  daysBetween,
  dueDate,
  fromEpochDay,
  isBankHoliday,
  isWorkingDay,
  toEpochDay,
  workingDaysLeft,
  type DeadlineRule,
} from '../../../src/domain/deadline/index.ts';

const dateArbitrary = fc
  .integer({ min: toEpochDay('2020-01-01'), max: toEpochDay('2035-12-31') })
  .map(fromEpochDay);

/** A start date with closure days close enough after it to matter. */
const startAndRuleArbitrary = fc
  .record({
    start: dateArbitrary,
    days: fc.integer({ min: 1, max: 30 }),
    closureOffsets: fc.array(fc.integer({ min: -3, max: 45 }), { maxLength: 8 }),
  })
  .map(({ start, days, closureOffsets }): { start: string; rule: DeadlineRule } => ({
    start,
    rule: {
      days,
      dayKind: 'working',
      clockStart: 'incident',
      closureDays: closureOffsets.map((offset) => addDays(start, offset)),
    },
  }));

const dayOfWeekIndependent = (date: string): number => new Date(`${date}T12:00:00Z`).getUTCDay();

/** Working days in (from, to], counted independently of the module's own counter. */
const countWorkingDays = (from: string, to: string, closureDays: readonly string[]): number => {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    const weekend = [0, 6].includes(dayOfWeekIndependent(day));
    if (!weekend && !isBankHoliday(day) && !closureDays.includes(day)) count += 1;
  }
  return count;
};

describe('due date properties, 2020 to 2035', () => {
  it('never falls on a weekend, a bank holiday or a closure day', () => {
    fc.assert(
      fc.property(startAndRuleArbitrary, ({ start, rule }) => {
        const due = dueDate(start, rule);
        expect([0, 6]).not.toContain(dayOfWeekIndependent(due));
        expect(isBankHoliday(due)).toBe(false);
        expect(rule.closureDays).not.toContain(due);
      }),
    );
  });

  it('leaves exactly N working days after the start, the last of them being the due date', () => {
    fc.assert(
      fc.property(startAndRuleArbitrary, ({ start, rule }) => {
        const due = dueDate(start, rule);
        expect(countWorkingDays(start, due, rule.closureDays)).toBe(rule.days);
        expect(countWorkingDays(start, addDays(due, -1), rule.closureDays)).toBe(rule.days - 1);
      }),
    );
  });

  it('is strictly after the start', () => {
    fc.assert(
      fc.property(startAndRuleArbitrary, ({ start, rule }) => {
        expect(compareDates(dueDate(start, rule), start)).toBe(1);
      }),
    );
  });

  it('has N working days left on a working start day, and 0 on the due date', () => {
    fc.assert(
      fc.property(startAndRuleArbitrary, ({ start, rule }) => {
        const due = dueDate(start, rule);
        if (isWorkingDay(start, rule.closureDays)) {
          expect(workingDaysLeft(start, due, rule.closureDays)).toBe(rule.days);
        }
        expect(workingDaysLeft(due, due, rule.closureDays)).toBe(0);
      }),
    );
  });

  it('counts working days left down as the days pass, and is negative only once overdue', () => {
    fc.assert(
      fc.property(startAndRuleArbitrary, fc.integer({ min: 0, max: 60 }), ({ start, rule }, elapsed) => {
        const due = dueDate(start, rule);
        const today = addDays(start, elapsed);
        const left = workingDaysLeft(today, due, rule.closureDays);
        const tomorrow = workingDaysLeft(addDays(today, 1), due, rule.closureDays);
        expect(tomorrow).toBeLessThanOrEqual(left);
        expect(Math.sign(left)).toBe(compareDates(due, today));
      }),
    );
  });

  it('counts calendar days as plain days after the start', () => {
    fc.assert(
      fc.property(dateArbitrary, fc.integer({ min: 1, max: 60 }), (start, days) => {
        const rule: DeadlineRule = { days, dayKind: 'calendar', clockStart: 'incident', closureDays: [] };
        expect(daysBetween(start, dueDate(start, rule))).toBe(days);
      }),
    );
  });
});
