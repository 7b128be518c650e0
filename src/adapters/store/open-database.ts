import { Kysely, sql } from 'kysely';
import type { DatabaseHandle } from './database-handle.ts';
import { createPostgresDialect, type PostgresOptions } from './postgres-database.ts';
import type { Database } from './schema.ts';
import { ImmediateSqliteDialect } from './sqlite-immediate-dialect.ts';
import { adaptSqlite, openSqliteFile } from './sqlite-database.ts';

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string; without it the embedded SQLite file is used. */
  readonly databaseUrl?: string | undefined;
  /** SQLite file path (its folder is created), or ':memory:'. */
  readonly sqliteFile: string;
  readonly postgres?: Omit<PostgresOptions, 'url'>;
}

/** Opens the database; PostgreSQL is contacted once so a bad DATABASE_URL fails at start-up. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const { dialect } = createPostgresDialect({ ...options.postgres, url: options.databaseUrl });
    const db = new Kysely<Database>({ dialect });
    try {
      await sql`select 1`.execute(db);
    } catch (error) {
      await db.destroy();
      throw error;
    }
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const file = openSqliteFile(options.sqliteFile);
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: adaptSqlite(file) }) });
  const close = async (): Promise<void> => {
    await db.destroy();
    // Kysely only closes a database it has used.
    if (file.isOpen) file.close();
  };
  return { db, dialect: 'sqlite', close };
}
