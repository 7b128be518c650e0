import type { DeadlineRule } from './deadline-rule.ts';
import { addDays, compareDates, parseCalendarDate } from '../calendar/calendar-date.ts';
import { nextWorkingDay, workingDaysBetween } from './working-days.ts';

/**
 * The date a referral is due (YYYY-MM-DD, Europe/London).
 * - working days: day 1 is the first working day after the clock-start date, and the due date is day N,
 *   so it is always a working day (incident Tue 23 Dec 2025, 5 days -> Fri 2 Jan 2026).
 * - calendar days: the clock-start date plus N days, whatever day that is. We do not roll a weekend or
 *   bank holiday forward: a partnership that counts calendar days has said every day counts, and rolling
 *   forward would quietly give more time than its rule allows.
 */
export const dueDate = (clockStartDate: string, rule: DeadlineRule): string => {
  parseCalendarDate(clockStartDate);
  if (!Number.isSafeInteger(rule.days) || rule.days < 1) {
    throw new RangeError('days must be a positive integer');
  }
  if (rule.dayKind === 'calendar') return addDays(clockStartDate, rule.days);
  let due = clockStartDate;
  for (let day = 1; day <= rule.days; day += 1) due = nextWorkingDay(due, rule.closureDays);
  return due;
};

/**
 * Working days from `today` (exclusive) to `due` (inclusive). 0 only on the due date itself; negative when
 * overdue, counting the working days since the due date. The sign always follows the dates: an overdue
 * referral is at least -1 even on the weekend straight after a Friday deadline, and a not-yet-due one at
 * least 1 even if the due date (calendar rule) is not a working day.
 */
export const workingDaysLeft = (today: string, due: string, closureDays: readonly string[]): number => {
  const order = compareDates(today, due);
  if (order === 0) return 0;
  if (order < 0) return Math.max(1, workingDaysBetween(today, due, closureDays));
  return -Math.max(1, workingDaysBetween(due, today, closureDays));
};

export interface ReferralDates {
  readonly incidentDate?: string | undefined;
  readonly awarenessDate?: string | undefined;
}

/** The date the rule's clock starts from, or undefined when that date is not known yet. */
export const clockStartDate = (
  rule: Pick<DeadlineRule, 'clockStart'>,
  dates: ReferralDates,
): string | undefined =>
  (rule.clockStart === 'incident' ? dates.incidentDate : dates.awarenessDate) || undefined;
