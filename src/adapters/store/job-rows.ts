import type { Selectable } from 'kysely';
import type { Job } from '../../app/ports/job-queue.ts';
import type { JobsTable } from './schema.ts';
import { fromDbTime, fromDbTimeOrNull } from './time-values.ts';

const maxErrorLength = 500;

export function shortError(error: string): string {
  return error.length > maxErrorLength ? `${error.slice(0, maxErrorLength - 1)}…` : error;
}

export function jobFromRow(row: Selectable<JobsTable>): Job {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    kind: row.kind,
    payload: JSON.parse(row.payload) as unknown,
    dedupeKey: row.dedupe_key,
    state: row.state,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    runAt: fromDbTime(row.run_at),
    leaseOwner: row.lease_owner,
    leaseExpiresAt: fromDbTimeOrNull(row.lease_expires_at),
    lastError: row.last_error,
    createdAt: fromDbTime(row.created_at),
    updatedAt: fromDbTime(row.updated_at),
  };
}

export function byRunAt(a: Job, b: Job): number {
  return a.runAt.getTime() - b.runAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
