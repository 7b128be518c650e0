import { describe, it, expect } from '@jest/globals';
import {
  bankHolidays,
  isBankHoliday,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from '../../../src/domain/deadline/index.ts';

describe('working days in England and Wales', () => {
  it('lists the 2026 bank holidays, with Boxing Day’s substitute on Monday 28 December', () => {
    expect([...bankHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-26',
      '2026-12-28',
    ]);
  });

  it('makes Monday 28 December 2026 a holiday because Boxing Day falls on a Saturday', () => {
    expect(isWorkingDay('2026-12-26', [])).toBe(false);
    expect(isWorkingDay('2026-12-28', [])).toBe(false);
    expect(isWorkingDay('2026-12-29', [])).toBe(true);
  });

  it('gives both substitutes in 2027, when Christmas is a Saturday: Monday 27 and Tuesday 28 December', () => {
    expect(isBankHoliday('2027-12-27')).toBe(true);
    expect(isBankHoliday('2027-12-28')).toBe(true);
    expect(isWorkingDay('2027-12-24', [])).toBe(true);
    expect(isWorkingDay('2027-12-29', [])).toBe(true);
  });

  it('substitutes New Year’s Day on a Saturday or Sunday', () => {
    expect(isBankHoliday('2022-01-03')).toBe(true);
    expect(isBankHoliday('2023-01-02')).toBe(true);
  });

  it('counts one-off bank holidays such as the 2023 coronation', () => {
    expect(isWorkingDay('2023-05-08', [])).toBe(false);
  });

  it('does not treat observances as bank holidays', () => {
    // Mother's Day 2026 is a Sunday; the point is that it is not in the bank holiday list.
    expect(isBankHoliday('2026-03-15')).toBe(false);
    expect([...bankHolidays(2026)]).not.toContain('2026-03-15');
  });

  it('treats weekends as non-working days', () => {
    expect(isWorkingDay('2026-11-21', [])).toBe(false);
    expect(isWorkingDay('2026-11-22', [])).toBe(false);
    expect(isWorkingDay('2026-11-23', [])).toBe(true);
  });

  it('treats a profile closure day as a non-working day', () => {
    expect(isWorkingDay('2026-03-04', [])).toBe(true);
    expect(isWorkingDay('2026-03-04', ['2026-03-04'])).toBe(false);
  });

  it('finds the next working day after a bank holiday weekend', () => {
    expect(nextWorkingDay('2026-04-02', [])).toBe('2026-04-07');
    expect(nextWorkingDay('2025-12-24', [])).toBe('2025-12-29');
  });

  it('counts the working days in a half-open range (from, to]', () => {
    expect(workingDaysBetween('2025-12-23', '2026-01-02', [])).toBe(5);
    expect(workingDaysBetween('2026-01-02', '2026-01-02', [])).toBe(0);
    expect(workingDaysBetween('2026-01-05', '2026-01-02', [])).toBe(0);
  });

  it('refuses a date that is not a real calendar date', () => {
    expect(() => isWorkingDay('2026-02-30', [])).toThrow(RangeError);
  });
});
