export type JobState = 'pending' | 'leased' | 'done' | 'dead';

export interface Job {
  readonly id: string;
  readonly tenantId: string;
  readonly kind: string;
  readonly payload: unknown;
  readonly dedupeKey: string | null;
  readonly state: JobState;
  /** Times the job has been claimed. */
  readonly attempts: number;
  readonly maxAttempts: number;
  readonly runAt: Date;
  readonly leaseOwner: string | null;
  readonly leaseExpiresAt: Date | null;
  /** Short and free of personal data. */
  readonly lastError: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface NewJob {
  readonly tenantId: string;
  readonly kind: string;
  /** JSON; ids rather than personal content. */
  readonly payload: unknown;
  readonly runAt: Date;
  readonly now: Date;
  /** A second job with the same tenant, kind and key is not created; the first is returned. */
  readonly dedupeKey?: string;
  /** Claims allowed before the job is dead; default 10. */
  readonly maxAttempts?: number;
}

export interface ClaimRequest {
  readonly workerId: string;
  readonly kinds?: readonly string[];
  readonly limit: number;
  readonly leaseMs: number;
  readonly now: Date;
}

/** Delay before the next attempt, given how many attempts have been made (1 after the first). */
export interface RetryBackoff {
  delayMs(attempts: number): number;
}

export interface RetryRequest {
  /** Short, no personal data; truncated when stored. */
  readonly error: string;
  readonly now: Date;
  readonly backoff: RetryBackoff;
}

/** `lost`: the worker no longer holds the lease, so nothing changed. */
export type RetryOutcome = 'scheduled' | 'dead' | 'lost';

/**
 * A leased outbox. Every call that acts on a claimed job names the worker, and does nothing
 * (returns false / 'lost') unless that worker still holds the lease.
 */
export interface JobQueue {
  enqueue(job: NewJob): Promise<Job>;
  /** Several jobs in one write; any whose dedupe key is already taken is left as it is. */
  enqueueAll(jobs: readonly NewJob[]): Promise<void>;
  /** Leases up to `limit` due jobs: pending ones whose time has come, or leased ones whose lease expired. */
  claim(request: ClaimRequest): Promise<Job[]>;
  renew(jobId: string, workerId: string, leaseMs: number, now: Date): Promise<boolean>;
  complete(jobId: string, workerId: string, now: Date): Promise<boolean>;
  /** Back to pending after the backoff delay, or dead once the job has used its attempts. */
  retry(jobId: string, workerId: string, request: RetryRequest): Promise<RetryOutcome>;
  findById(jobId: string): Promise<Job | undefined>;
}
