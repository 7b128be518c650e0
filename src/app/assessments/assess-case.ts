import { assessCriteria } from '../../domain/criteria/assess-criteria.ts';
import { outcomesWithDeadline, type Outcome } from '../../domain/criteria/outcomes.ts';
import type { ReasonCode } from '../../domain/criteria/reason-codes.ts';
import { clockStartDate, dueDate } from '../../domain/deadline/due-date.ts';
import { londonDate } from '../../domain/calendar/calendar-date.ts';
import { AppError, type FieldError } from '../../domain/errors/index.ts';
import type { PartnershipProfile } from '../../config/profile/profile-schema.ts';
import type { AssessCaseInput } from './assess-case-input.ts';

export interface Assessment {
  readonly outcome: Outcome;
  readonly reasons: readonly ReasonCode[];
  readonly nextSteps: readonly string[];
  readonly dueBy?: string;
}

export interface AssessCaseContext {
  readonly profile: PartnershipProfile;
  readonly now: Date;
}

/** The criteria check: one outcome, why, what to do next (the profile's words) and, where it matters, the due date. */
export function assessCase(input: AssessCaseInput, { profile, now }: AssessCaseContext): Assessment {
  rejectBadDates(input, londonDate(now));
  const { outcome, reasons } = assessCriteria(input.answers);
  const start = clockStartDate(profile.deadline, input);
  const due = outcomesWithDeadline.includes(outcome) && start ? dueDate(start, profile.deadline) : undefined;
  return {
    outcome,
    reasons,
    nextSteps: profile.outcomes[outcome].nextSteps,
    ...(due ? { dueBy: due } : {}),
  };
}

function rejectBadDates({ incidentDate, awarenessDate }: AssessCaseInput, today: string): void {
  const fields: FieldError[] = [];
  if (incidentDate && incidentDate > today)
    fields.push({ path: 'incidentDate', message: 'cannot be in the future' });
  if (awarenessDate && awarenessDate > today)
    fields.push({ path: 'awarenessDate', message: 'cannot be in the future' });
  if (incidentDate && awarenessDate && awarenessDate < incidentDate) {
    fields.push({ path: 'awarenessDate', message: 'cannot be before the incident date' });
  }
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', undefined, { fields });
}
