import { clockStartDate, daysLeft, dueDate } from '../../domain/deadline/index.ts';
import type { ReferralDraft } from '../../domain/referral/index.ts';
import type { PartnershipProfile } from '../../config/profile/profile-schema.ts';
import { isCalendarDate } from '../../domain/calendar/calendar-date.ts';

/** The due date under the profile's rule, once the form has the date that starts the clock. */
export function dueByOf(form: ReferralDraft, profile: PartnershipProfile): string | null {
  const start = clockStartDate(profile.deadline, form.dates ?? {});
  return start && isCalendarDate(start) ? dueDate(start, profile.deadline) : null;
}

export function daysLeftOf(dueBy: string | null, today: string, profile: PartnershipProfile): number | null {
  return dueBy ? daysLeft(today, dueBy, profile.deadline) : null;
}
