import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

type Parameters = ReadonlyArray<unknown>;
type SqliteValue = null | number | bigint | string | NodeJS.ArrayBufferView;

/**
 * node:sqlite reads a first argument that is a plain object as named parameters (a Date there
 * silently shifts every positional value), so an empty named-parameter object always goes first.
 */
function bind(parameters: Parameters): [Record<string, never>, ...SqliteValue[]] {
  return [
    {},
    ...parameters.map((value) => (typeof value === 'boolean' ? Number(value) : (value as SqliteValue))),
  ];
}

function adaptStatement(statement: StatementSync): SqliteStatement {
  return {
    reader: statement.columns().length > 0,
    all: (parameters) => statement.all(...bind(parameters)),
    iterate: (parameters) => statement.iterate(...bind(parameters)),
    run: (parameters) => statement.run(...bind(parameters)),
  };
}

/** Adapts node:sqlite to the better-sqlite3 shape Kysely's SqliteDialect expects. */
export function adaptSqlite(database: DatabaseSync): SqliteDatabase {
  return {
    prepare: (sql) => adaptStatement(database.prepare(sql)),
    close: () => database.close(),
  };
}

/** Opens (creating if needed) the SQLite file, or an in-memory database for ':memory:'. */
export function openSqliteFile(file: string): DatabaseSync {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new DatabaseSync(file);
  database.exec('PRAGMA journal_mode = WAL');
  database.exec('PRAGMA busy_timeout = 5000');
  database.exec('PRAGMA foreign_keys = ON');
  database.exec('PRAGMA synchronous = NORMAL');
  return database;
}
