import { isCalendarDate } from '../calendar/calendar-date.ts';

/** Earliest year a form accepts, so that a mistyped year such as 0215 is caught. */
const earliestYear = 1900;

/** A date written `YYYY-MM-DD` that exists on the calendar, from 1900 on. */
export const isRealDate = (date: string): boolean =>
  isCalendarDate(date) && Number(date.slice(0, 4)) >= earliestYear;
