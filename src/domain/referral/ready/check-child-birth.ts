import { addDays, addYears } from '../../calendar/calendar-date.ts';
import type { ChildDraft } from '../draft/child-draft-schema.ts';
import { maxChildAgeYears, maxPregnancyDays } from '../limits.ts';
import type { ChildBirth } from '../referral.ts';
import { ensure, invalid, map, valid, type Checked } from './checked.ts';
import { notAfterToday, requiredDate } from './date-checks.ts';
import type { ReadyFacts } from './ready-facts.ts';

const after = (date: string | undefined, days: number): string | undefined =>
  date === undefined ? undefined : addDays(date, days);

function checkDateOfBirth(child: ChildDraft, base: string, facts: ReadyFacts): Checked<ChildBirth> {
  const label = 'The date of birth';
  // Under 25 on the incident date: born after the day 25 years before it.
  const earliest =
    facts.incidentDate === undefined
      ? undefined
      : addDays(addYears(facts.incidentDate, -(maxChildAgeYears + 1)), 1);
  const dateOfBirth = requiredDate(
    child.dateOfBirth,
    `${base}.dateOfBirth`,
    "Enter the child's date of birth",
    {
      label,
      notBefore: [
        {
          date: earliest,
          message: `The child must have been under ${String(maxChildAgeYears + 1)} on the incident date: check the date of birth`,
        },
      ],
      notAfter: [
        notAfterToday(facts.today, label),
        { date: facts.incidentDate, message: `${label} must be on or before the incident date` },
      ],
    },
  );
  return map(dateOfBirth, (date) => ({ dobKind: 'date_of_birth' as const, dateOfBirth: date }));
}

/**
 * An incident can affect an unborn child at any point in the pregnancy, so the expected due date may be up to
 * 42 weeks after the incident, but no later. A due date before the incident is allowed (an overdue baby, or a
 * stillbirth), and so is one in the future.
 */
function checkExpectedDueDate(child: ChildDraft, base: string, facts: ReadyFacts): Checked<ChildBirth> {
  const expectedDueDate = requiredDate(
    child.expectedDueDate,
    `${base}.expectedDueDate`,
    'Enter the expected due date',
    {
      label: 'The expected due date',
      notAfter: [
        {
          date: after(facts.incidentDate, maxPregnancyDays),
          message: `The expected due date must be no more than ${String(maxPregnancyDays / 7)} weeks after the incident date: check both dates`,
        },
      ],
    },
  );
  return map(expectedDueDate, (date) => ({ dobKind: 'expected_due_date' as const, expectedDueDate: date }));
}

function checkApproximateAge(child: ChildDraft, base: string): Checked<ChildBirth> {
  const path = `${base}.approximateAgeYears`;
  const age =
    child.approximateAgeYears === undefined
      ? invalid(path, "Enter the child's approximate age in years")
      : valid(child.approximateAgeYears);
  const inRange = ensure(
    age,
    (years) => Number.isInteger(years) && years >= 0 && years <= maxChildAgeYears,
    path,
    `Enter the approximate age in whole years, from 0 to ${String(maxChildAgeYears)}`,
  );
  return map(inRange, (years) => ({ dobKind: 'approximate_age' as const, approximateAgeYears: years }));
}

/** Exactly one way of placing the child in time, chosen by `dobKind`; the fields of the others are left out. */
export function checkChildBirth(child: ChildDraft, base: string, facts: ReadyFacts): Checked<ChildBirth> {
  switch (child.dobKind) {
    case 'date_of_birth':
      return checkDateOfBirth(child, base, facts);
    case 'expected_due_date':
      return checkExpectedDueDate(child, base, facts);
    case 'approximate_age':
      return checkApproximateAge(child, base);
    case undefined:
      return invalid(
        `${base}.dobKind`,
        "Say whether you know the child's date of birth, the child is not yet born, or you know only their approximate age",
      );
  }
}
