import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import type { SqlDialect } from '../database-handle.ts';
import { columnTypes, type StoreMigration } from './store-migration.ts';

type Builder = CreateTableBuilder<string, never>;

/**
 * The Teams bot's own tables: where each person's 1:1 chat with the bot is, every card sent about a
 * referral (so a state change updates them all), one row per notification delivered (so a re-run
 * never sends it twice) and the card actions already carried out. Ids only, never referral content.
 */
export const teamsMigration: StoreMigration = {
  async up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
    const { timestamp } = columnTypes(dialect);
    const strict = (table: Builder): Builder => (dialect === 'sqlite' ? table.modifyEnd(sql`strict`) : table);

    await db.schema
      .createTable('teams_conversations')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('conversation_id', 'text', (c) => c.notNull())
      .addColumn('service_url', 'text', (c) => c.notNull())
      .addColumn('updated_at', timestamp, (c) => c.notNull())
      .addPrimaryKeyConstraint('teams_conversations_pk', ['tenant_id', 'user_id'])
      .$call(strict)
      .execute();

    await db.schema
      .createTable('teams_cards')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('referral_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('conversation_id', 'text', (c) => c.notNull())
      .addColumn('service_url', 'text', (c) => c.notNull())
      .addColumn('activity_id', 'text', (c) => c.notNull())
      .addColumn('rendered_version', 'integer', (c) => c.notNull())
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .addColumn('updated_at', timestamp, (c) => c.notNull())
      .addUniqueConstraint('teams_cards_activity_unique', ['tenant_id', 'conversation_id', 'activity_id'])
      .$call(strict)
      .execute();
    await db.schema
      .createIndex('teams_cards_referral_index')
      .on('teams_cards')
      .columns(['tenant_id', 'referral_id'])
      .execute();

    await db.schema
      .createTable('teams_deliveries')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('delivery_key', 'text', (c) => c.notNull())
      .addColumn('referral_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) =>
        c.notNull().check(sql`state in ('sending', 'sent', 'undeliverable')`),
      )
      .addColumn('activity_id', 'text')
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .addColumn('updated_at', timestamp, (c) => c.notNull())
      .addPrimaryKeyConstraint('teams_deliveries_pk', ['tenant_id', 'delivery_key'])
      .$call(strict)
      .execute();
    await db.schema
      .createIndex('teams_deliveries_referral_index')
      .on('teams_deliveries')
      .columns(['tenant_id', 'referral_id'])
      .execute();

    await db.schema
      .createTable('teams_card_actions')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('action_key', 'text', (c) => c.notNull())
      .addColumn('referral_id', 'text')
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .addPrimaryKeyConstraint('teams_card_actions_pk', ['tenant_id', 'user_id', 'action_key'])
      .$call(strict)
      .execute();

    // The reminder sweep looks for open referrals by due date across tenants.
    await db.schema
      .createIndex('referrals_state_due_by_index')
      .on('referrals')
      .columns(['state', 'due_by'])
      .execute();
  },
};
