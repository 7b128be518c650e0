import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export type SqlDialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly dialect: SqlDialect;
  close(): Promise<void>;
}
