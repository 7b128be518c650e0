import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../database-handle.ts';

const message = 'audit_events is append-only';

/** Rejects UPDATE and DELETE (and TRUNCATE on PostgreSQL) of audit rows at the database itself. */
export async function createAuditAppendOnlyTriggers<DB>(db: Kysely<DB>, dialect: SqlDialect): Promise<void> {
  if (dialect === 'sqlite') {
    for (const operation of ['update', 'delete']) {
      await sql`create trigger ${sql.id(`audit_events_no_${operation}`)} before ${sql.raw(operation)} on audit_events
        begin select raise(abort, ${sql.lit(message)}); end`.execute(db);
    }
    return;
  }
  await sql`create function audit_events_append_only() returns trigger language plpgsql as $$
    begin
      raise exception ${sql.lit(message)} using errcode = 'insufficient_privilege';
    end $$`.execute(db);
  await sql`create trigger audit_events_append_only before update or delete on audit_events
    for each row execute function audit_events_append_only()`.execute(db);
  await sql`create trigger audit_events_no_truncate before truncate on audit_events
    for each statement execute function audit_events_append_only()`.execute(db);
}
