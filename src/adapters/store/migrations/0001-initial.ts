import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import type { SqlDialect } from '../database-handle.ts';
import { columnTypes, type StoreMigration } from './store-migration.ts';
import { createAuditAppendOnlyTriggers } from './audit-append-only-triggers.ts';

type Builder = CreateTableBuilder<string, never>;

export const initialMigration: StoreMigration = {
  async up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
    const types = columnTypes(dialect);
    // STRICT makes SQLite refuse a value of the wrong type instead of storing it anyway.
    const strict = (table: Builder): Builder => (dialect === 'sqlite' ? table.modifyEnd(sql`strict`) : table);

    await db.schema
      .createTable('referrals')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('reference', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
      .addColumn('owner_id', 'text', (c) => c.notNull())
      .addColumn('agency_id', 'text', (c) => c.notNull())
      .addColumn('reviewer_id', 'text')
      .addColumn('due_by', 'text')
      .addColumn('created_at', types.timestamp, (c) => c.notNull())
      .addColumn('updated_at', types.timestamp, (c) => c.notNull())
      .addColumn('submitted_at', types.timestamp)
      .addColumn('decided_at', types.timestamp)
      .addColumn('sent_at', types.timestamp)
      .addColumn('key_id', 'text', (c) => c.notNull())
      .addColumn('content', types.bytes, (c) => c.notNull())
      .addUniqueConstraint('referrals_tenant_reference_unique', ['tenant_id', 'reference'])
      .$call(strict)
      .execute();
    for (const column of ['owner_id', 'reviewer_id', 'state']) {
      await db.schema
        .createIndex(`referrals_tenant_${column}_index`)
        .on('referrals')
        .columns(['tenant_id', column, 'created_at'])
        .execute();
    }

    await db.schema
      .createTable('reference_counters')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('prefix', 'text', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('next_value', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('reference_counters_pk', ['tenant_id', 'prefix', 'year'])
      .$call(strict)
      .execute();

    await db.schema
      .createTable('audit_events')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull().check(sql`seq >= 1`))
      .addColumn('at', types.timestamp, (c) => c.notNull())
      .addColumn('actor_id', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('referral_id', 'text')
      .addColumn('details', 'text', (c) => c.notNull())
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('audit_events_pk', ['tenant_id', 'seq'])
      .$call(strict)
      .execute();
    await db.schema
      .createIndex('audit_events_referral_index')
      .on('audit_events')
      .columns(['tenant_id', 'referral_id', 'seq'])
      .execute();
    await createAuditAppendOnlyTriggers(db, dialect);

    await db.schema
      .createTable('audit_heads')
      .addColumn('tenant_id', 'text', (c) => c.primaryKey())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .$call(strict)
      .execute();

    await db.schema
      .createTable('jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('dedupe_key', 'text')
      .addColumn('state', 'text', (c) =>
        c.notNull().check(sql`state in ('pending', 'leased', 'done', 'dead')`),
      )
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('max_attempts', 'integer', (c) => c.notNull().check(sql`max_attempts >= 1`))
      .addColumn('run_at', types.timestamp, (c) => c.notNull())
      .addColumn('lease_owner', 'text')
      .addColumn('lease_expires_at', types.timestamp)
      .addColumn('last_error', 'text')
      .addColumn('created_at', types.timestamp, (c) => c.notNull())
      .addColumn('updated_at', types.timestamp, (c) => c.notNull())
      // NULL dedupe keys never collide, so only keyed jobs are deduplicated.
      .addUniqueConstraint('jobs_dedupe_unique', ['tenant_id', 'kind', 'dedupe_key'])
      .$call(strict)
      .execute();
    await db.schema.createIndex('jobs_pending_index').on('jobs').columns(['state', 'run_at']).execute();
    await db.schema
      .createIndex('jobs_lease_index')
      .on('jobs')
      .columns(['state', 'lease_expires_at'])
      .execute();
  },
};
