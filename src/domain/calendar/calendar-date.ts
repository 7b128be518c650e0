/**
 * Plain calendar dates as `YYYY-MM-DD` strings. All arithmetic is on UTC midnights, so the host's time
 * zone never shifts a date.
 */

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;

/** 0 = Sunday ... 6 = Saturday, as `Date.prototype.getUTCDay`. */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const utcMidnight = (year: number, month: number, day: number): Date => {
  // setUTCFullYear, unlike Date.UTC, does not map years 0..99 to 1900..1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
};

const format = (date: Date): string => {
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError('date is outside the years 0000..9999');
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
};

const parse = (value: string): Date | undefined => {
  const match = pattern.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = utcMidnight(year, month, day);
  // Date rolls 2026-02-30 over to 2026-03-02; a real date formats back to itself.
  return format(date) === value ? date : undefined;
};

/** True for a real calendar date in `YYYY-MM-DD` form (so not 2026-02-29 or 2026-13-01). */
export const isCalendarDate = (value: string): boolean => parse(value) !== undefined;

/** The date as a UTC-midnight Date; throws RangeError for anything that is not a real `YYYY-MM-DD` date. */
export const parseCalendarDate = (value: string): Date => {
  const date = parse(value);
  if (!date) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return date;
};

/** Days since 1970-01-01: handy for counting and comparing. */
export const toEpochDay = (value: string): number =>
  Math.round(parseCalendarDate(value).getTime() / msPerDay);

export const fromEpochDay = (epochDay: number): string => {
  if (!Number.isSafeInteger(epochDay)) throw new RangeError('epoch day must be an integer');
  return format(new Date(epochDay * msPerDay));
};

export const addDays = (value: string, days: number): string => {
  if (!Number.isSafeInteger(days)) throw new RangeError('days must be an integer');
  return fromEpochDay(toEpochDay(value) + days);
};

/** Whole days from `from` to `to`: negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number => toEpochDay(to) - toEpochDay(from);

export const dayOfWeek = (value: string): DayOfWeek => parseCalendarDate(value).getUTCDay() as DayOfWeek;

export const isWeekend = (value: string): boolean => {
  const day = dayOfWeek(value);
  return day === 0 || day === 6;
};

/** -1, 0 or 1, for sorting; both must be real dates. */
export const compareDates = (a: string, b: string): -1 | 0 | 1 => {
  const difference = daysBetween(b, a);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
};

const londonFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const hourMs = 3_600_000;
/**
 * London's offset from UTC is 0 or 1 hour and changes on a UTC hour, so the London date is the same for
 * every instant in one UTC hour: formatting once per hour keeps this off the profile of busy requests.
 */
let lastHour = { hour: Number.NaN, date: '' };

/** The Europe/London calendar date of an instant (the instant is a parameter: no clock is read here). */
export const londonDate = (instant: Date): string => {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('invalid instant');
  const hour = Math.floor(ms / hourMs);
  if (hour === lastHour.hour) return lastHour.date;
  const parts = londonFormat.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  const date = `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
  lastHour = { hour, date };
  return date;
};

/** The same day `years` years later (or earlier); 29 February becomes 28 February in a common year. */
export const addYears = (value: string, years: number): string => {
  const date = parseCalendarDate(value);
  const [year, month] = [date.getUTCFullYear() + years, date.getUTCMonth() + 1];
  // Day 0 of the next month is the last day of this one.
  const lastDay = utcMidnight(year, month + 1, 0).getUTCDate();
  return format(utcMidnight(year, month, Math.min(date.getUTCDate(), lastDay)));
};
