import type { Kysely } from 'kysely';
import type { SqlDialect } from '../database-handle.ts';

/** A migration that may need dialect-specific SQL (column types, triggers). */
export interface StoreMigration {
  up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void>;
}

export interface ColumnTypes {
  readonly timestamp: 'timestamptz' | 'text';
  readonly bytes: 'bytea' | 'blob';
}

export function columnTypes(dialect: SqlDialect): ColumnTypes {
  return dialect === 'postgres'
    ? { timestamp: 'timestamptz', bytes: 'bytea' }
    : { timestamp: 'text', bytes: 'blob' };
}
