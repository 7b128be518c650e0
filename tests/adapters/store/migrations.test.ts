import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, it, expect } from '@jest/globals';
import { sql } from 'kysely';
import { migrateToLatest } from '../../../src/adapters/store/migrate.ts';
import { migrations } from '../../../src/adapters/store/migrations/index.ts';
import { createTestDatabase, testDialects } from '../../support/database.ts';

/** Every migration, in order: applied once on an empty database. */
const migrationNames = Object.keys(migrations);
const tables = ['referrals', 'reference_counters', 'audit_events', 'audit_heads', 'jobs'];

for (const dialect of testDialects) {
  describe(`migrations (${dialect})`, () => {
    it('creates every table on an empty database, and running again changes nothing', async () => {
      const database = await createTestDatabase(dialect, { migrate: false });
      try {
        expect(await migrateToLatest(database)).toEqual(migrationNames);
        expect(await migrateToLatest(database)).toEqual([]);
        for (const table of tables) {
          const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(
            database.db,
          );
          expect(Number(rows[0]?.n)).toBe(0);
        }
      } finally {
        await database.destroy();
      }
    });

    it('keeps existing rows when another process migrates the same database later', async () => {
      const database = await createTestDatabase(dialect);
      try {
        await database.db
          .insertInto('reference_counters')
          .values({ tenant_id: 't', prefix: 'SSCP', year: 2026, next_value: 7 })
          .execute();
        const other = await database.openAnother();
        expect(await migrateToLatest(other)).toEqual([]);
        const row = await other.db.selectFrom('reference_counters').select('next_value').executeTakeFirst();
        expect(row?.next_value).toBe(7);
      } finally {
        await database.destroy();
      }
    });

    if (dialect === 'postgres') {
      it('applies each migration exactly once when two processes start at the same moment', async () => {
        const database = await createTestDatabase(dialect, { migrate: false });
        try {
          const [first, second] = [database, await database.openAnother()];
          const results = await Promise.all([migrateToLatest(first), migrateToLatest(second)]);
          expect(results.flat()).toEqual(migrationNames);
          const { rows } = await sql<{ n: string }>`select count(*) as n from kysely_migration`.execute(
            database.db,
          );
          expect(Number(rows[0]?.n)).toBe(migrationNames.length);
        } finally {
          await database.destroy();
        }
      });
    }

    if (dialect === 'sqlite') {
      it('applies each migration exactly once when two processes share the file', async () => {
        const database = await createTestDatabase(dialect, { migrate: false });
        try {
          const { file } = await database.db
            .selectNoFrom(sql<string>`(select file from pragma_database_list where name = 'main')`.as('file'))
            .executeTakeFirstOrThrow();
          const script = fileURLToPath(new URL('migrate-sqlite-file.ts', import.meta.url));
          const run = () => promisify(execFile)(process.execPath, [script, file]);
          const outputs = await Promise.all([run(), run()]);
          const applied = outputs.flatMap(({ stdout }) => JSON.parse(stdout) as string[]);
          expect(applied).toEqual(migrationNames);
        } finally {
          await database.destroy();
        }
      });
    }
  });
}
