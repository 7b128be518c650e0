import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { Job, JobQueue, NewJob, RetryOutcome, RetryRequest } from '../../app/ports/job-queue.ts';
import { claimJobs } from './claim-jobs.ts';
import type { SqlDialect } from './database-handle.ts';
import { inTransaction } from './in-transaction.ts';
import { jobFromRow, shortError } from './job-rows.ts';
import type { Database, JobsTable } from './schema.ts';
import { toDbTime } from './time-values.ts';

const defaultMaxAttempts = 10;

function newJobRow(job: NewJob): Insertable<JobsTable> {
  const payload = JSON.stringify(job.payload) as string | undefined;
  if (payload === undefined) throw new TypeError('Job payload must be JSON-serialisable');
  const now = toDbTime(job.now);
  return {
    id: randomUUID(),
    tenant_id: job.tenantId,
    kind: job.kind,
    payload,
    dedupe_key: job.dedupeKey ?? null,
    state: 'pending',
    attempts: 0,
    max_attempts: job.maxAttempts ?? defaultMaxAttempts,
    run_at: toDbTime(job.runAt),
    created_at: now,
    updated_at: now,
  };
}

export function createKyselyJobQueue(db: Kysely<Database>, dialect: SqlDialect): JobQueue {
  /** Jobs this worker still holds; every lease-owning change is limited to these rows. */
  const held = (jobId: string, workerId: string) =>
    db
      .updateTable('jobs')
      .where('id', '=', jobId)
      .where('lease_owner', '=', workerId)
      .where('state', '=', 'leased');

  return {
    async enqueue(job: NewJob): Promise<Job> {
      const inserted = await db
        .insertInto('jobs')
        .values(newJobRow(job))
        .onConflict((oc) => oc.columns(['tenant_id', 'kind', 'dedupe_key']).doNothing())
        .returningAll()
        .executeTakeFirst();
      if (inserted) return jobFromRow(inserted);
      if (job.dedupeKey === undefined) throw new Error('Job insert returned no row');
      const existing = await db
        .selectFrom('jobs')
        .selectAll()
        .where('tenant_id', '=', job.tenantId)
        .where('kind', '=', job.kind)
        .where('dedupe_key', '=', job.dedupeKey)
        .executeTakeFirstOrThrow();
      return jobFromRow(existing);
    },

    async enqueueAll(jobs) {
      if (jobs.length === 0) return;
      await db
        .insertInto('jobs')
        .values(jobs.map(newJobRow))
        .onConflict((oc) => oc.columns(['tenant_id', 'kind', 'dedupe_key']).doNothing())
        .execute();
    },

    claim: (request) => inTransaction(db, (tx) => claimJobs(tx, dialect, request)),

    async renew(jobId, workerId, leaseMs, now) {
      const result = await held(jobId, workerId)
        .set({ lease_expires_at: toDbTime(new Date(now.getTime() + leaseMs)), updated_at: toDbTime(now) })
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async complete(jobId, workerId, now) {
      const result = await held(jobId, workerId)
        .set({ state: 'done', lease_expires_at: null, updated_at: toDbTime(now) })
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async retry(jobId, workerId, { error, now, backoff }: RetryRequest): Promise<RetryOutcome> {
      const job = await db
        .selectFrom('jobs')
        .select(['attempts', 'max_attempts'])
        .where('id', '=', jobId)
        .where('lease_owner', '=', workerId)
        .where('state', '=', 'leased')
        .executeTakeFirst();
      if (!job) return 'lost';
      const outcome = job.attempts >= job.max_attempts ? 'dead' : 'scheduled';
      const result = await held(jobId, workerId)
        // Unchanged attempts means nobody re-claimed the job between the read and this write.
        .where('attempts', '=', job.attempts)
        .set({
          state: outcome === 'dead' ? 'dead' : 'pending',
          run_at: toDbTime(new Date(now.getTime() + Math.max(0, backoff.delayMs(job.attempts)))),
          last_error: shortError(error),
          lease_owner: null,
          lease_expires_at: null,
          updated_at: toDbTime(now),
        })
        .executeTakeFirst();
      return result.numUpdatedRows > 0n ? outcome : 'lost';
    },

    async findById(jobId) {
      const row = await db.selectFrom('jobs').selectAll().where('id', '=', jobId).executeTakeFirst();
      return row && jobFromRow(row);
    },
  };
}
