/** Dates and times as practitioners in England read them, always in Europe/London. */

const timeZone = 'Europe/London';

// Formatters are built once: creating an Intl formatter is costly, and tables format many dates.
const formatters = {
  longDate: new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }),
  shortDate: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone }),
  time: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }),
  dateTime: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone }),
  isoParts: new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
};

const noonUtc = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

/** `Friday 2 January 2026` */
export const formatLongDate = (isoDate: string): string => formatters.longDate.format(noonUtc(isoDate));

/** `2 Jan 2026` */
export const formatShortDate = (isoDate: string): string => formatters.shortDate.format(noonUtc(isoDate));

/** `10:42` */
export const formatTime = (instant: Date | string): string => formatters.time.format(new Date(instant));

/** `2 Jan 2026, 10:42` */
export const formatDateTime = (instant: string): string => formatters.dateTime.format(new Date(instant));

/** `January 2026` for `2026-01` */
export const formatMonth = (yearMonth: string): string => formatters.month.format(noonUtc(`${yearMonth}-15`));

/** Today's date in Europe/London as `YYYY-MM-DD`. */
export function londonToday(now: Date = new Date()): string {
  const parts = formatters.isoParts.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
