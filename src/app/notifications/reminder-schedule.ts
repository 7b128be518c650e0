import type { DeadlineRule } from '../../domain/deadline/index.ts';
import { isWorkingDay } from '../../domain/deadline/index.ts';
import type { ReminderKind } from './notice-kinds.ts';

/** Overdue reminders repeat every this many (working) days, so an overdue referral is not forgotten. */
const overdueEvery = 5;

/**
 * Which reminder, if any, a referral due `daysLeft` days from `today` gets today: 2 and 1 days before
 * the deadline, and when overdue (the first day, then every few days). Under a working-day rule only
 * working days count, so nobody is reminded on a weekend or bank holiday.
 */
export function reminderFor(daysLeft: number, today: string, rule: DeadlineRule): ReminderKind | undefined {
  if (rule.dayKind === 'working' && !isWorkingDay(today, rule.closureDays)) return undefined;
  if (daysLeft === 2) return 'due_in_2';
  if (daysLeft === 1) return 'due_in_1';
  if (daysLeft < 0 && (-daysLeft - 1) % overdueEvery === 0) return 'overdue';
  return undefined;
}

const londonHourFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The hour (0–23) on a Europe/London clock at this instant. */
export const londonHour = (instant: Date): number => Number(londonHourFormat.format(instant));
