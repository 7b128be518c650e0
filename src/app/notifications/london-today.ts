import { londonDate } from '../../domain/calendar/calendar-date.ts';

const minuteMs = 60_000;
let cachedMinute = Number.NaN;
let cachedDate = '';

/**
 * `londonDate`, remembered for the current minute: every card shows days left, and formatting a
 * date in a time zone is among the slowest things a card action does. London's offset is whole
 * hours, so a UTC minute never spans a London midnight.
 */
export function londonToday(now: Date): string {
  const minute = Math.floor(now.getTime() / minuteMs);
  if (minute !== cachedMinute) {
    cachedDate = londonDate(now);
    cachedMinute = minute;
  }
  return cachedDate;
}
