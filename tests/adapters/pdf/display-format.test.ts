import { describe, expect, it } from '@jest/globals';
import {
  formatCalendarDate,
  formatInstant,
  formatNhsNumber,
  formatYears,
} from '../../../src/adapters/pdf/display-format.ts';

describe('dates, times and numbers in the PDF', () => {
  it('writes calendar dates in words, with the weekday when asked', () => {
    expect(formatCalendarDate('2026-11-27')).toBe('27 November 2026');
    expect(formatCalendarDate('2026-11-27', true)).toBe('Friday 27 November 2026');
    expect(formatCalendarDate('2026-01-02', true)).toBe('Friday 2 January 2026');
  });

  it('shows anything that is not a calendar date as given', () => {
    expect(formatCalendarDate('soon')).toBe('soon');
    expect(formatCalendarDate('2026-13-01')).toBe('2026-13-01');
  });

  it('writes instants in UK local time, in winter and in summer', () => {
    expect(formatInstant(new Date('2026-11-25T14:05:00Z'))).toBe('25 November 2026, 14:05');
    expect(formatInstant('2026-06-25T23:30:00Z')).toBe('26 June 2026, 00:30');
  });

  it('shows an unreadable instant as given', () => {
    expect(formatInstant('not a time')).toBe('not a time');
  });

  it('groups NHS numbers 3-3-4', () => {
    expect(formatNhsNumber('9434765919')).toBe('943 476 5919');
  });

  it('counts years in words', () => {
    expect(formatYears(1)).toBe('1 year');
    expect(formatYears(0)).toBe('0 years');
    expect(formatYears(7)).toBe('7 years');
  });
});
