import { londonDate } from '../../../domain/calendar/calendar-date.ts';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

const formatted = new Map<string, string>();

/** 2026-01-02 → "Fri 2 Jan 2026". Remembered: a card formats the same few dates again and again. */
export function formatDate(date: string): string {
  const known = formatted.get(date);
  if (known) return known;
  const parts = dateFormat.formatToParts(new Date(`${date}T00:00:00Z`));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const text = `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
  if (formatted.size > 5000) formatted.clear();
  formatted.set(date, text);
  return text;
}

const instants = new Map<string, string>();

/** An ISO instant as its Europe/London date. */
export function formatInstant(iso: string): string {
  const known = instants.get(iso);
  if (known) return known;
  const text = formatDate(londonDate(new Date(iso)));
  if (instants.size > 5000) instants.clear();
  instants.set(iso, text);
  return text;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 working days left", "Due today", "Overdue by 2 working days". */
export function daysLeftText(daysLeft: number, dayKind: 'working' | 'calendar'): string {
  const unit = dayKind === 'working' ? 'working day' : 'day';
  if (daysLeft === 0) return 'Due today';
  return daysLeft > 0 ? `${plural(daysLeft, unit)} left` : `Overdue by ${plural(-daysLeft, unit)}`;
}
