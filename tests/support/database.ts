import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseHandle, SqlDialect } from '../../src/adapters/store/database-handle.ts';
import { migrateToLatest } from '../../src/adapters/store/migrate.ts';
import { openDatabase } from '../../src/adapters/store/open-database.ts';

/** Set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run every store test on PostgreSQL too. */
export const postgresUrl = process.env.DATABASE_URL || undefined;

/** SQLite always; PostgreSQL when DATABASE_URL is set. Loop a suite over these. */
export const testDialects: readonly SqlDialect[] = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase extends DatabaseHandle {
  /** Another independent connection (its own pool, or its own SQLite handle) to the same database. */
  openAnother(options?: { poolSize?: number }): Promise<DatabaseHandle>;
  /**
   * Handles for concurrent writers, as separate processes would have them: separate pools on
   * PostgreSQL. On SQLite all share this handle: node:sqlite is synchronous, so a second handle in
   * the same process waiting for the write lock would block the very thread that holds it.
   */
  openWriters(count: number): Promise<DatabaseHandle[]>;
  /** Closes every handle and deletes the database: the temp folder, or the schema. */
  destroy(): Promise<void>;
}

interface Place {
  open(poolSize?: number): Promise<DatabaseHandle>;
  remove(): Promise<void>;
}

function sqlitePlace(): Place {
  const dir = mkdtempSync(join(tmpdir(), 'prr-store-'));
  const sqliteFile = join(dir, 'test.sqlite');
  return {
    open: () => openDatabase({ sqliteFile }),
    remove: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  };
}

/** A new empty PostgreSQL schema (for DATABASE_SCHEMA / search_path) and a way to drop it. */
export async function createPostgresSchema(
  url: string,
): Promise<{ schema: string; drop: () => Promise<void> }> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create schema ${schema}`);
  return { schema, drop: () => admin(`drop schema ${schema} cascade`) };
}

/** A fresh schema per test database, so test files can run in parallel jest workers. */
async function postgresPlace(url: string): Promise<Place> {
  const { schema, drop } = await createPostgresSchema(url);
  return {
    open: (poolSize) =>
      openDatabase({ databaseUrl: url, sqliteFile: ':memory:', postgres: { schema, poolSize } }),
    remove: drop,
  };
}

/** A new empty database of the dialect, migrated unless `migrate` is false. */
export async function createTestDatabase(
  dialect: SqlDialect,
  { migrate = true }: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  if (dialect === 'postgres' && !postgresUrl) throw new Error('DATABASE_URL is not set');
  const place = dialect === 'postgres' ? await postgresPlace(postgresUrl ?? '') : sqlitePlace();
  const handles: DatabaseHandle[] = [];
  const open = async (poolSize?: number) => {
    const handle = await place.open(poolSize);
    handles.push(handle);
    return handle;
  };
  const main = await open();
  if (migrate) await migrateToLatest(main);
  return {
    ...main,
    openAnother: (options) => open(options?.poolSize),
    openWriters: (count) =>
      Promise.all(
        Array.from({ length: count }, () => (dialect === 'postgres' ? open(4) : Promise.resolve(main))),
      ),
    async destroy() {
      await Promise.all(handles.map((handle) => handle.close()));
      await place.remove();
    },
  };
}
