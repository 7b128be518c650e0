import type { Kysely } from 'kysely';
import type { StoreMigration } from './store-migration.ts';

/**
 * The head keeps the hash it replaced, so PostgreSQL can advance the head and learn the previous hash in
 * one UPDATE … RETURNING (the head's row lock is then held for one round trip and the commit).
 */
export const auditHeadPrevHashMigration: StoreMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('audit_heads').addColumn('prev_hash', 'text').execute();
  },
};
