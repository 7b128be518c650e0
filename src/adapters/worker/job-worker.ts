import type { Clock } from '../../app/clock.ts';
import type { JobHandler } from '../../app/jobs/job-handler.ts';
import type { Job, JobQueue, RetryBackoff } from '../../app/ports/job-queue.ts';
import type { Logger } from '../logging/create-logger.ts';
import { safeErrorFields } from '../logging/safe-error-fields.ts';

export interface JobWorkerOptions {
  readonly queue: JobQueue;
  readonly handlers: Readonly<Record<string, JobHandler>>;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly workerId: string;
  readonly backoff: RetryBackoff;
  readonly pollMs: number;
  readonly leaseMs: number;
  readonly batchSize: number;
  /** Runs before each poll, e.g. to queue recurring jobs. */
  readonly beforePoll?: () => Promise<void>;
}

export interface JobWorker {
  start(): void;
  /** Claims and runs one batch; resolves with how many jobs ran. Tests drive the worker with this. */
  runOnce(): Promise<number>;
  /** Stops polling and waits for the jobs in hand to finish. */
  stop(): Promise<void>;
}

/**
 * The background worker: claims due jobs under a lease, runs their handlers, and completes or
 * schedules a retry. Several processes can run it against one database; a job is leased to one at a time.
 */
export function createJobWorker(options: JobWorkerOptions): JobWorker {
  const { queue, handlers, clock, logger, workerId } = options;
  const kinds = Object.keys(handlers);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = false;

  const runJob = async (job: Job): Promise<void> => {
    const handler = handlers[job.kind];
    const log = logger.child({ jobId: job.id, kind: job.kind, attempt: job.attempts });
    try {
      const result = handler
        ? await handler(job, {
            renewLease: () => queue.renew(job.id, workerId, options.leaseMs, clock.now()),
          })
        : ({ outcome: 'retry', reason: 'no handler' } as const);
      if (result.outcome === 'done') {
        await queue.complete(job.id, workerId, clock.now());
        return;
      }
      const backoff = result.afterMs === undefined ? options.backoff : { delayMs: () => result.afterMs ?? 0 };
      const outcome = await queue.retry(job.id, workerId, {
        error: result.reason,
        now: clock.now(),
        backoff,
      });
      log[outcome === 'dead' ? 'error' : 'warn']({ reason: result.reason, outcome }, 'job not done');
    } catch (error) {
      const { errorName } = safeErrorFields(error);
      log.error(safeErrorFields(error), 'job failed');
      await queue
        .retry(job.id, workerId, { error: errorName, now: clock.now(), backoff: options.backoff })
        .catch((retryError: unknown) => log.error(safeErrorFields(retryError), 'could not schedule retry'));
    }
  };

  const runOnce = async (): Promise<number> => {
    await options.beforePoll?.();
    const jobs = await queue.claim({
      workerId,
      kinds,
      limit: options.batchSize,
      leaseMs: options.leaseMs,
      now: clock.now(),
    });
    await Promise.all(jobs.map(runJob));
    return jobs.length;
  };

  const tick = () => {
    running = runOnce().catch((error: unknown) => {
      logger.error(safeErrorFields(error), 'worker poll failed');
      return 0;
    });
    void running.then((count) => {
      // A full batch means more may be waiting: poll again at once.
      if (!stopped) timer = setTimeout(tick, count >= options.batchSize ? 0 : options.pollMs);
    });
  };

  return {
    start() {
      stopped = false;
      if (!timer) timer = setTimeout(tick, 0);
    },
    runOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
