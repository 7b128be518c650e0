import { sql } from 'kysely';
import { createAuditAppendOnlyTriggers } from '../../../src/adapters/store/migrations/audit-append-only-triggers.ts';
import type { TestDatabase } from '../../support/database.ts';

/** Plays an attacker with direct database access: switches the append-only guard off around `work`. */
export async function bypassingAppendOnlyGuard(
  database: TestDatabase,
  work: () => Promise<void>,
): Promise<void> {
  const { db, dialect } = database;
  if (dialect === 'postgres') {
    await sql`alter table audit_events disable trigger audit_events_append_only`.execute(db);
    try {
      await work();
    } finally {
      await sql`alter table audit_events enable trigger audit_events_append_only`.execute(db);
    }
    return;
  }
  await sql`drop trigger audit_events_no_update`.execute(db);
  await sql`drop trigger audit_events_no_delete`.execute(db);
  try {
    await work();
  } finally {
    await createAuditAppendOnlyTriggers(db, 'sqlite');
  }
}
