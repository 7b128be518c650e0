import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { addDays, addYears } from '../../../src/domain/calendar/calendar-date.ts';
import { isRealDate } from '../../../src/domain/referral/calendar-date.ts';

const isoOf = (utc: Date): string => utc.toISOString().slice(0, 10);

describe('calendar dates', () => {
  it.each(['2025-06-30', '2024-02-29', '2000-02-29', '1900-01-01', '2025-12-31'])(
    'accepts the real date %s',
    (d) => {
      expect(isRealDate(d)).toBe(true);
    },
  );

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-06-00',
    '25-06-30',
    '2025-6-30',
    '30/06/2025',
    '1899-12-31',
    '2025-06-30T00:00',
    '',
  ])('refuses %j', (d) => {
    expect(isRealDate(d)).toBe(false);
  });

  it('adds days as the calendar does', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2200-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -40000, max: 40000 }),
        (date, days) => {
          const start = isoOf(date);
          const expected = isoOf(
            new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days)),
          );
          fc.pre(expected >= '1900-01-01');
          expect(addDays(start, days)).toBe(expected);
        },
      ),
    );
  });

  it('adds years, turning 29 February into 28 February in a common year', () => {
    expect(addYears('2025-06-20', -25)).toBe('2000-06-20');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', -4)).toBe('2020-02-29');
  });

  it('refuses to do arithmetic on a date that is not real', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  });
});
