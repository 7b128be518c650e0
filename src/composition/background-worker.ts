import { hostname } from 'node:os';
import type { Logger } from '../adapters/logging/create-logger.ts';
import { exponentialBackoff } from '../adapters/store/index.ts';
import { createJobWorker, type JobWorker } from '../adapters/worker/job-worker.ts';
import { recurringJobs, type RecurringJob } from '../adapters/worker/recurring-jobs.ts';
import { done, type JobHandler } from '../app/jobs/job-handler.ts';
import { jobKinds } from '../app/jobs/job-kinds.ts';
import { purgeExpiredReferrals } from '../app/referrals/purge-expired-referrals.ts';
import type { ReferralDeps } from '../app/referrals/referral-deps.ts';
import type { AppConfig } from '../config/app-config.ts';

const hourMs = 3_600_000;

/** The worker with every job handler this process knows; other surfaces add theirs through `extraHandlers`. */
export function backgroundWorker(
  config: AppConfig,
  referrals: ReferralDeps,
  logger: Logger,
  extraHandlers: Readonly<Record<string, JobHandler>> = {},
  extraRecurringJobs: readonly RecurringJob[] = [],
): JobWorker {
  const handlers: Record<string, JobHandler> = {
    ...extraHandlers,
    [jobKinds.retentionSweep]: async () => {
      const purged = await purgeExpiredReferrals(referrals);
      logger.info(purged, 'retention sweep');
      return done;
    },
  };
  return createJobWorker({
    queue: referrals.store.jobs,
    handlers,
    clock: referrals.clock,
    logger: logger.child({ component: 'worker' }),
    workerId: `${hostname()}:${process.pid}:${crypto.randomUUID().slice(0, 8)}`,
    backoff: exponentialBackoff({ baseMs: 5_000, maxMs: 15 * 60_000 }),
    pollMs: config.workerPollMs,
    leaseMs: 60_000,
    batchSize: 10,
    beforePoll: recurringJobs(referrals.store.jobs, referrals.clock, config.auth.tenantId, [
      { kind: jobKinds.retentionSweep, everyMs: hourMs },
      ...extraRecurringJobs,
    ]),
  });
}
