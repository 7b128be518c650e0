import { isRealDate } from '../calendar-date.ts';
import { andThen, invalid, valid, type Checked } from './checked.ts';
import { optionalText } from './text-checks.ts';
import { textLimits } from '../limits.ts';

/**
 * A limit on a date. `date` undefined means the other date is missing or not real, so the rule is skipped
 * (that date has its own error).
 */
export interface DateLimit {
  readonly date: string | undefined;
  readonly message: string;
}

export interface DateRules {
  /** Starts the "must be a real date" message, e.g. 'The incident date'. */
  readonly label: string;
  readonly notBefore?: readonly DateLimit[];
  readonly notAfter?: readonly DateLimit[];
}

function withinLimits(date: string, path: string, rules: DateRules): Checked<string> {
  if (!isRealDate(date)) return invalid(path, `${rules.label} must be a real date`);
  const early = rules.notBefore?.find((limit) => limit.date !== undefined && date < limit.date);
  if (early) return invalid(path, early.message);
  const late = rules.notAfter?.find((limit) => limit.date !== undefined && date > limit.date);
  if (late) return invalid(path, late.message);
  return valid(date);
}

export const optionalDate = (
  value: string | undefined,
  path: string,
  rules: DateRules,
): Checked<string | undefined> =>
  andThen(optionalText(value, path, textLimits.date), (date) =>
    date === undefined ? valid(undefined) : withinLimits(date, path, rules),
  );

export const requiredDate = (
  value: string | undefined,
  path: string,
  missing: string,
  rules: DateRules,
): Checked<string> =>
  andThen(optionalDate(value, path, rules), (date) =>
    date === undefined ? invalid(path, missing) : valid(date),
  );

/** The usual "not in the future" limit. */
export const notAfterToday = (today: string, label: string): DateLimit => ({
  date: today,
  message: `${label} must be today or in the past`,
});
