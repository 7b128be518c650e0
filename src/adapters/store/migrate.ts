import { sql, type Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely/migration';
import type { DatabaseHandle, SqlDialect } from './database-handle.ts';
import { migrations } from './migrations/index.ts';

function providerFor(dialect: SqlDialect): MigrationProvider {
  const bound = Object.entries(migrations).map(([name, migration]): [string, Migration] => [
    name,
    { up: (db) => migration.up(db, dialect) },
  ]);
  return { getMigrations: () => Promise.resolve(Object.fromEntries(bound)) };
}

function applied(result: MigrationResultSet): string[] {
  if (result.error !== undefined) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`Migration ${failed ?? '(setup)'} failed`, { cause: result.error });
  }
  return (result.results ?? []).map((r) => r.migrationName);
}

/**
 * PostgreSQL: Kysely runs all pending migrations in one transaction under an advisory lock, so
 * concurrent starts wait for each other. Its migration table is looked up in the connection's own
 * schema; otherwise a `kysely_migration` table in another schema would count as this one's.
 */
async function migratePostgres(db: Kysely<unknown>): Promise<string[]> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL has no current schema: check search_path');
  return applied(
    await new Migrator({
      db,
      provider: providerFor('postgres'),
      migrationTableSchema: schema,
    }).migrateToLatest(),
  );
}

/**
 * Kysely runs SQLite migrations outside a transaction; one `begin immediate` around the whole run
 * makes it atomic (SQLite has transactional DDL) and serialises processes sharing the file.
 */
async function migrateSqlite(db: Kysely<unknown>): Promise<string[]> {
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      const names = applied(
        await new Migrator({ db: connection, provider: providerFor('sqlite') }).migrateToLatest(),
      );
      await sql`commit`.execute(connection);
      return names;
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
}

/** Brings the schema up to date; a no-op when it already is. Returns the names of the migrations run. */
export async function migrateToLatest(database: Pick<DatabaseHandle, 'db' | 'dialect'>): Promise<string[]> {
  const db = database.db as Kysely<unknown>;
  return database.dialect === 'postgres' ? migratePostgres(db) : migrateSqlite(db);
}
