import type { JobQueue } from '../../app/ports/job-queue.ts';
import type { Clock } from '../../app/clock.ts';

export interface RecurringJob {
  readonly kind: string;
  /** Period length; one job per period, however many processes run. */
  readonly everyMs: number;
}

/**
 * Queues each recurring job once per period. The period number is the dedupe key, so the database
 * refuses a second copy when several processes do this at once.
 */
export function recurringJobs(
  queue: JobQueue,
  clock: Clock,
  tenantId: string,
  jobs: readonly RecurringJob[],
) {
  const queuedPeriod = new Map<string, number>();
  return async (): Promise<void> => {
    const now = clock.now();
    for (const job of jobs) {
      const period = Math.floor(now.getTime() / job.everyMs);
      if (queuedPeriod.get(job.kind) === period) continue;
      queuedPeriod.set(job.kind, period);
      await queue.enqueue({
        tenantId,
        kind: job.kind,
        payload: {},
        runAt: now,
        now,
        dedupeKey: `${job.kind}:${period}`,
      });
    }
  };
}
