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

const statementCacheSize = 256;

/**
 * Adapts node:sqlite to the better-sqlite3 shape Kysely's SqliteDialect expects. Prepared statements
 * are reused (Kysely asks for one per query; preparing was the largest cost of an autosave); SQLite
 * re-prepares them itself after a schema change.
 */
export function adaptSqlite(database: DatabaseSync): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = adaptStatement(database.prepare(sql));
        if (statements.size >= statementCacheSize) statements.delete(statements.keys().next().value!);
        statements.set(sql, statement);
      }
      return statement;
    },
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
