/** How dates, times and numbers read in the PDF: British English, times in UK local time. */

const timeZone = 'Europe/London';

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2025-06-20` → `20 June 2025`; anything else is shown as given. */
export function formatCalendarDate(value: string, withWeekday = false): string {
  const match = calendarDatePattern.exec(value);
  const month = monthNames[Number(match?.[2]) - 1];
  if (!match || !month) return value;
  const date = `${Number(match[3])} ${month} ${match[1]}`;
  if (!withWeekday) return date;
  const weekday =
    dayNames[new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).getUTCDay()];
  return `${weekday} ${date}`;
}

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as UK local time: `25 November 2026, 14:05`. */
export function formatInstant(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  const parts = dateTimeParts.formatToParts(date);
  const value = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${value('day')} ${value('month')} ${value('year')}, ${value('hour')}:${value('minute')}`;
}

/** Ten digits → `943 476 5919`, the way the NHS prints them. */
export const formatNhsNumber = (digits: string): string =>
  /^\d{10}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : digits;

export const formatYears = (years: number): string => (years === 1 ? '1 year' : `${years} years`);
