export type { DeadlineRule } from './deadline-rule.ts';
export {
  addDays,
  compareDates,
  dayOfWeek,
  daysBetween,
  fromEpochDay,
  isCalendarDate,
  isWeekend,
  londonDate,
  parseCalendarDate,
  toEpochDay,
  type DayOfWeek,
} from '../calendar/calendar-date.ts';
export {
  bankHolidays,
  isBankHoliday,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from './working-days.ts';
export { clockStartDate, dueDate, workingDaysLeft, type ReferralDates } from './due-date.ts';
export { daysLeft } from './days-left.ts';
