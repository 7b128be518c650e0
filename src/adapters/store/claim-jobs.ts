import type { Kysely } from 'kysely';
import type { ClaimRequest, Job } from '../../app/ports/job-queue.ts';
import type { SqlDialect } from './database-handle.ts';
import { byRunAt, jobFromRow } from './job-rows.ts';
import type { Database } from './schema.ts';
import { toDbTime } from './time-values.ts';

/**
 * A job whose last allowed attempt crashed (its lease ran out) is dead, not handed out again.
 * SKIP LOCKED on PostgreSQL so concurrent claimers never wait on, or take, each other's rows.
 */
async function buryExhausted(tx: Kysely<Database>, dialect: SqlDialect, now: string): Promise<void> {
  const exhausted = tx
    .selectFrom('jobs')
    .select('id')
    .where('state', '=', 'leased')
    .where('lease_expires_at', '<=', now)
    .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
    .$if(dialect === 'postgres', (q) => q.forUpdate().skipLocked());
  await tx
    .updateTable('jobs')
    .set({
      state: 'dead',
      last_error: 'lease expired on the last attempt',
      lease_expires_at: null,
      updated_at: now,
    })
    .where('id', 'in', exhausted)
    .execute();
}

export async function claimJobs(
  tx: Kysely<Database>,
  dialect: SqlDialect,
  request: ClaimRequest,
): Promise<Job[]> {
  const { workerId, kinds, limit, leaseMs, now } = request;
  if (limit <= 0 || kinds?.length === 0) return [];
  const nowText = toDbTime(now);
  await buryExhausted(tx, dialect, nowText);

  const due = tx
    .selectFrom('jobs')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'pending'), eb('run_at', '<=', nowText)]),
        eb.and([eb('state', '=', 'leased'), eb('lease_expires_at', '<=', nowText)]),
      ]),
    )
    .where((eb) => eb('attempts', '<', eb.ref('max_attempts')))
    .$if(kinds !== undefined, (q) => q.where('kind', 'in', kinds ?? []))
    .orderBy('run_at')
    .orderBy('id')
    .limit(limit)
    .$if(dialect === 'postgres', (q) => q.forUpdate().skipLocked());

  const rows = await tx
    .updateTable('jobs')
    .set((eb) => ({
      state: 'leased',
      attempts: eb('attempts', '+', 1),
      lease_owner: workerId,
      lease_expires_at: toDbTime(new Date(now.getTime() + leaseMs)),
      updated_at: nowText,
    }))
    .where('id', 'in', due)
    .returningAll()
    .execute();
  return rows.map(jobFromRow).sort(byRunAt);
}
