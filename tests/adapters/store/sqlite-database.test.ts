import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from '@jest/globals';
import { sql } from 'kysely';
import { openDatabase } from '../../../src/adapters/store/open-database.ts';

describe('sqlite database', () => {
  it('creates the data folder and opens the file with WAL, a busy timeout and foreign keys', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prr-sqlite-'));
    const sqliteFile = join(dir, 'nested', 'data', 'referrals.sqlite');
    const database = await openDatabase({ sqliteFile });
    try {
      const pragma = async (name: string) =>
        Object.values(
          (await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(database.db)).rows[0] ?? {},
        )[0];
      expect(database.dialect).toBe('sqlite');
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('busy_timeout')).toBe(5000);
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('synchronous')).toBe(1);
      expect(existsSync(sqliteFile)).toBe(true);
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('binds each value to its own placeholder, and refuses values SQLite cannot store', async () => {
    const database = await openDatabase({ sqliteFile: ':memory:' });
    try {
      const row = await database.db
        .selectNoFrom([
          sql<Uint8Array>`${Buffer.from('hi')}`.as('bytes'),
          sql<number>`${true}`.as('flag'),
          sql<string>`${'text'}`.as('text'),
        ])
        .executeTakeFirstOrThrow();
      expect(Buffer.from(row.bytes).toString()).toBe('hi');
      expect(row).toMatchObject({ flag: 1, text: 'text' });
      // node:sqlite would read a first-position object as named parameters and shift the rest.
      await expect(
        database.db.selectNoFrom([sql`${new Date()}`.as('a'), sql`${1}`.as('b')]).execute(),
      ).rejects.toThrow(/cannot be bound/);
    } finally {
      await database.close();
    }
  });

  it('closes a database that was never queried', async () => {
    const database = await openDatabase({ sqliteFile: ':memory:' });
    await expect(database.close()).resolves.toBeUndefined();
  });
});
