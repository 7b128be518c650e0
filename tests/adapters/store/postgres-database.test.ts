import { afterAll, beforeAll, describe, it, expect } from '@jest/globals';
import { sql } from 'kysely';
import { openDatabase } from '../../../src/adapters/store/open-database.ts';
import { createTestDatabase, postgresUrl, type TestDatabase } from '../../support/database.ts';

if (!postgresUrl) {
  // The one place that says so: every other store suite silently runs on SQLite only. Straight to
  // stderr, because jest drops console output of a suite whose tests are all skipped.
  process.stderr.write(
    '\n*** PostgreSQL store tests SKIPPED: DATABASE_URL is not set. Run e.g.\n' +
      '*** DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run test:jest -- tests/adapters/store\n\n',
  );
  describe('postgres database', () => {
    it.skip('runs only when DATABASE_URL is set', () => undefined);
  });
} else {
  describe('postgres database', () => {
    let database: TestDatabase;

    beforeAll(async () => {
      database = await createTestDatabase('postgres', { migrate: false });
    });
    afterAll(() => database.destroy());

    it('names the application, limits statement time and uses its own schema', async () => {
      const setting = async (name: string) =>
        (await sql<{ value: string }>`select current_setting(${name}) as value`.execute(database.db)).rows[0]
          ?.value;
      expect(await setting('application_name')).toBe('practice-review-referral');
      expect(await setting('statement_timeout')).toBe('15s');
      expect(await setting('search_path')).toMatch(/^test_[0-9a-f]{12}$/);
    });

    it('fails at start-up when the server cannot be reached', async () => {
      await expect(
        openDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:1/none', sqliteFile: ':memory:' }),
      ).rejects.toThrow();
    });
  });
}
