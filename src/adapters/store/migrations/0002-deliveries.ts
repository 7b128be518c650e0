import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../database-handle.ts';
import { columnTypes, type StoreMigration } from './store-migration.ts';

/** Progress of each referral's email delivery: the steps of the exactly-once protocol, one row per referral. */
export const deliveriesMigration: StoreMigration = {
  async up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
    const types = columnTypes(dialect);
    await db.schema
      .createTable('deliveries')
      // Purging a referral purges its delivery record with it.
      .addColumn('referral_id', 'text', (c) => c.primaryKey().references('referrals.id').onDelete('cascade'))
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) =>
        c.notNull().check(sql`state in ('creating', 'draft_created', 'send_unconfirmed', 'sent')`),
      )
      .addColumn('message_id', 'text')
      .addColumn('internet_message_id', 'text')
      .addColumn('run', 'integer', (c) => c.notNull().check(sql`run >= 0`))
      .addColumn('attempts', 'integer', (c) => c.notNull().check(sql`attempts >= 0`))
      .addColumn('send_requested_at', types.timestamp)
      .addColumn('send_accepted_at', types.timestamp)
      .addColumn('last_error', 'text')
      .addColumn('created_at', types.timestamp, (c) => c.notNull())
      .addColumn('updated_at', types.timestamp, (c) => c.notNull())
      .addColumn('sent_at', types.timestamp)
      .$call((table) => (dialect === 'sqlite' ? table.modifyEnd(sql`strict`) : table))
      .execute();
  },
};
