import { daysBetween } from '../calendar/calendar-date.ts';
import type { DeadlineRule } from './deadline-rule.ts';
import { workingDaysLeft } from './due-date.ts';

/**
 * Days left until the due date, counted the way the rule counts them (working or calendar days):
 * 0 on the due date, negative once overdue.
 */
export const daysLeft = (today: string, due: string, rule: DeadlineRule): number =>
  rule.dayKind === 'working' ? workingDaysLeft(today, due, rule.closureDays) : daysBetween(today, due);
