import { addDays, londonDate } from '../../domain/calendar/calendar-date.ts';
import { daysLeft } from '../../domain/deadline/index.ts';
import { jobKinds } from '../jobs/job-kinds.ts';
import type { ReferralDeps } from '../referrals/referral-deps.ts';
import type { ReminderKind } from './notice-kinds.ts';
import { reminderStates } from './plan-notices.ts';
import type { ReminderCandidates } from './reminder-candidates.ts';
import { londonHour, reminderFor } from './reminder-schedule.ts';

export interface ReminderJobPayload {
  readonly referralId: string;
  readonly reminder: ReminderKind;
  /** The London date the reminder is for. */
  readonly day: string;
}

export interface ReminderSweepDeps extends Pick<ReferralDeps, 'store' | 'clock' | 'profile'> {
  readonly candidates: ReminderCandidates;
}

/** Reminders wait for the working day to start rather than arriving at midnight. */
export const reminderStartHour = 8;
/** Two working days can span a long weekend and closure days; look this far ahead, then count exactly. */
const lookAheadDays = 21;
const pageSize = 500;

/**
 * Queues today's reminders: one job per referral, day and kind (the dedupe key), so running the sweep
 * again, or on several processes, queues nothing twice.
 */
export async function runReminderSweep(deps: ReminderSweepDeps): Promise<{ queued: number }> {
  const now = deps.clock.now();
  if (londonHour(now) < reminderStartHour) return { queued: 0 };
  const today = londonDate(now);
  let queued = 0;
  let after: { tenantId: string; id: string } | undefined;
  for (;;) {
    const page = await deps.candidates.list({
      states: reminderStates,
      dueOnOrBefore: addDays(today, lookAheadDays),
      ...(after ? { after } : {}),
      limit: pageSize,
    });
    for (const candidate of page) {
      const reminder = reminderFor(
        daysLeft(today, candidate.dueBy, deps.profile.deadline),
        today,
        deps.profile.deadline,
      );
      if (!reminder) continue;
      const payload: ReminderJobPayload = { referralId: candidate.id, reminder, day: today };
      const job = await deps.store.jobs.enqueue({
        tenantId: candidate.tenantId,
        kind: jobKinds.notifyReminder,
        payload,
        runAt: now,
        now,
        dedupeKey: `${candidate.id}:${today}:${reminder}`,
      });
      if (job.createdAt.getTime() === now.getTime()) queued++;
    }
    const last = page.at(-1);
    if (!last || page.length < pageSize) return { queued };
    after = { tenantId: last.tenantId, id: last.id };
  }
}
