import { describe, it, expect, afterEach } from '@jest/globals';
import fc from 'fast-check';
import {
  addDays,
  compareDates,
  dayOfWeek,
  daysBetween,
  fromEpochDay,
  isCalendarDate,
  isWeekend,
  londonDate,
  parseCalendarDate,
  toEpochDay,
} from '../../../src/domain/deadline/index.ts';

const first = toEpochDay('2020-01-01');
const last = toEpochDay('2035-12-31');
const dateArbitrary = fc.integer({ min: first, max: last }).map(fromEpochDay);

describe('calendar dates', () => {
  it.each(['2026-01-01', '2024-02-29', '2000-02-29', '2026-12-31', '0001-01-01', '9999-12-31'])(
    'accepts the real date %s',
    (value) => {
      expect(isCalendarDate(value)).toBe(true);
    },
  );

  it.each([
    '2026-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-1-01',
    ' 2026-01-01',
    '2026-01-01T00:00',
    '20260101',
    '',
  ])('rejects %p', (value) => {
    expect(isCalendarDate(value)).toBe(false);
    expect(() => parseCalendarDate(value)).toThrow(RangeError);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });

  it('refuses to add a fraction of a day or to step past year 9999', () => {
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek('2025-12-23')).toBe(2);
    expect(dayOfWeek('2026-11-21')).toBe(6);
    expect(dayOfWeek('2026-04-12')).toBe(0);
    expect(isWeekend('2026-11-21')).toBe(true);
    expect(isWeekend('2026-11-23')).toBe(false);
  });

  it('compares dates', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDates('2026-01-02', '2026-01-02')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
    expect(daysBetween('2025-12-23', '2026-01-02')).toBe(10);
  });

  it('adding then subtracting days returns the same date, and daysBetween measures the step', () => {
    fc.assert(
      fc.property(dateArbitrary, fc.integer({ min: -1000, max: 1000 }), (date, days) => {
        expect(addDays(addDays(date, days), -days)).toBe(date);
        expect(daysBetween(date, addDays(date, days))).toBe(days);
        expect(compareDates(addDays(date, days), date)).toBe(Math.sign(days));
      }),
    );
  });

  it('moves the day of the week on by one each day', () => {
    fc.assert(
      fc.property(dateArbitrary, (date) => {
        expect(dayOfWeek(addDays(date, 1))).toBe((dayOfWeek(date) + 1) % 7);
      }),
    );
  });

  it('orders dates the same way as their strings', () => {
    fc.assert(
      fc.property(dateArbitrary, dateArbitrary, (a, b) => {
        expect(compareDates(a, b)).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });
});

describe('calendar dates whatever the host time zone', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Sao_Paulo'])(
    'give the same answers in %s',
    (tz) => {
      process.env.TZ = tz;
      expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
      expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
      expect(dayOfWeek('2026-03-29')).toBe(0);
      expect(londonDate(new Date('2026-07-15T23:30:00Z'))).toBe('2026-07-16');
    },
  );
});

describe('London date of an instant', () => {
  it.each([
    ['2026-01-15T23:30:00Z', '2026-01-15', 'winter: London is on UTC'],
    ['2026-07-15T23:30:00Z', '2026-07-16', 'summer: 23:30 UTC is already tomorrow in London'],
    ['2026-03-28T23:30:00Z', '2026-03-28', 'the night before the clocks go forward'],
    ['2026-03-29T00:30:00Z', '2026-03-29', 'just before the clocks go forward (01:00 UTC)'],
    ['2026-03-29T23:30:00Z', '2026-03-30', 'the first evening of summer time'],
    ['2026-10-24T23:30:00Z', '2026-10-25', 'the last evening of summer time'],
    ['2026-10-25T23:30:00Z', '2026-10-25', 'the first evening after the clocks go back'],
    ['2025-12-31T23:59:59Z', '2025-12-31', 'new year’s eve'],
  ])('%s is %s in London (%s)', (instant, date) => {
    expect(londonDate(new Date(instant))).toBe(date);
  });

  it('refuses an invalid instant', () => {
    expect(() => londonDate(new Date('not a date'))).toThrow(RangeError);
  });

  // Reference: UK summer time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
  // Sunday of October.
  const lastSundayAtOneUtc = (year: number, month: number): number => {
    const lastDay = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
  };
  const referenceLondonDate = (ms: number): string => {
    const year = new Date(ms).getUTCFullYear();
    const summer = ms >= lastSundayAtOneUtc(year, 2) && ms < lastSundayAtOneUtc(year, 9);
    return new Date(ms + (summer ? 3_600_000 : 0)).toISOString().slice(0, 10);
  };

  it('agrees with the UK summer-time rule for any instant from 2020 to 2035', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 11, 31, 23, 59, 59) }),
        (ms) => {
          expect(londonDate(new Date(ms))).toBe(referenceLondonDate(ms));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives every instant of one UTC hour the same answer as the rule, asked in any order', () => {
    const hour = 3_600_000;
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1) / hour, max: Date.UTC(2035, 11, 31) / hour }),
        fc.array(fc.integer({ min: 0, max: hour - 1 }), { minLength: 2, maxLength: 5 }),
        (startHour, offsets) => {
          for (const offset of offsets) {
            const ms = startHour * hour + offset;
            expect(londonDate(new Date(ms))).toBe(referenceLondonDate(ms));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
