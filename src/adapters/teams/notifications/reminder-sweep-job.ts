import { done, type JobHandler } from '../../../app/jobs/job-handler.ts';
import { runReminderSweep, type ReminderSweepDeps } from '../../../app/notifications/run-reminder-sweep.ts';
import type { Logger } from '../../logging/create-logger.ts';

/**
 * The recurring sweep: queues today's due and overdue reminders (each once; the notifier sends them),
 * then forgets the bot's rows about referrals the retention purge has removed.
 */
export function reminderSweepJobHandler(
  deps: ReminderSweepDeps,
  purgeOrphans: () => Promise<number>,
  logger: Logger,
): JobHandler {
  return async () => {
    const { queued } = await runReminderSweep(deps);
    const purged = await purgeOrphans();
    if (queued > 0 || purged > 0) logger.info({ queued, purged }, 'reminder sweep');
    return done;
  };
}
