import Holidays from 'date-holidays';
import { addDays, daysBetween, isWeekend, parseCalendarDate } from '../calendar/calendar-date.ts';

let england: Holidays | undefined;
const bankHolidaysByYear = new Map<number, ReadonlySet<string>>();

/**
 * England and Wales bank holidays of a year (YYYY-MM-DD), substitute days included. Only date-holidays'
 * `public` entries are bank holidays; `observance` ones (Mother's Day...) are not. We read its `date`
 * string ("YYYY-MM-DD hh:mm:ss", local to the holiday's own calendar) because its Date objects depend on
 * the zone. Deterministic, so cached per year.
 */
export const bankHolidays = (year: number): ReadonlySet<string> => {
  const cached = bankHolidaysByYear.get(year);
  if (cached) return cached;
  england ??= new Holidays('GB', 'ENG');
  const dates = new Set(
    england
      .getHolidays(year)
      .filter((holiday) => holiday.type === 'public')
      .map((holiday) => holiday.date.slice(0, 10)),
  );
  bankHolidaysByYear.set(year, dates);
  return dates;
};

export const isBankHoliday = (date: string): boolean =>
  bankHolidays(parseCalendarDate(date).getUTCFullYear()).has(date);

/** Not a Saturday or Sunday, not an England and Wales bank holiday, not one of the profile's closure days. */
export const isWorkingDay = (date: string, closureDays: readonly string[]): boolean =>
  !isWeekend(date) && !isBankHoliday(date) && !closureDays.includes(date);

/** The first working day strictly after `date`. */
export const nextWorkingDay = (date: string, closureDays: readonly string[]): string => {
  let day = addDays(date, 1);
  while (!isWorkingDay(day, closureDays)) day = addDays(day, 1);
  return day;
};

/** How many working days lie in (from, to]; 0 when `to` is not after `from`. */
export const workingDaysBetween = (from: string, to: string, closureDays: readonly string[]): number => {
  let count = 0;
  for (let offset = 1; offset <= daysBetween(from, to); offset += 1) {
    if (isWorkingDay(addDays(from, offset), closureDays)) count += 1;
  }
  return count;
};
