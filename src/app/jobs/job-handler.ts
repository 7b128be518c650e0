import type { Job } from '../ports/job-queue.ts';

/** What a handler says about a job it ran: finished, or try again (after a delay it may choose). */
export type JobResult =
  | { readonly outcome: 'done' }
  | { readonly outcome: 'retry'; readonly reason: string; readonly afterMs?: number };

export interface JobContext {
  /** Extends the lease for long work; false means the lease was lost and the work must stop. */
  renewLease(): Promise<boolean>;
}

/**
 * Runs one job. Called at least once per job (a crash after the work but before completion runs it
 * again), so a handler must be safe to repeat. Throwing counts as a retry.
 */
export type JobHandler = (job: Job, context: JobContext) => Promise<JobResult>;

export const done: JobResult = { outcome: 'done' };
