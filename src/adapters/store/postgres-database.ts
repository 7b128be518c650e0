import pg from 'pg';
import { PostgresDialect } from 'kysely';

export interface PostgresOptions {
  readonly url: string;
  /** Schema to use instead of `public` (sets search_path), e.g. one per test file. */
  readonly schema?: string;
  readonly poolSize?: number;
  readonly statementTimeoutMs?: number;
  /** Errors of idle pooled clients (e.g. the server restarted); the pool drops the client itself. */
  readonly onIdleClientError?: (error: Error) => void;
}

const identifier = /^[a-z_][a-z0-9_]{0,62}$/;

export function createPostgresDialect(options: PostgresOptions): { dialect: PostgresDialect; pool: pg.Pool } {
  if (options.schema !== undefined && !identifier.test(options.schema)) {
    throw new Error(`Invalid PostgreSQL schema name: ${options.schema}`);
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    application_name: 'practice-review-referral',
    statement_timeout: options.statementTimeoutMs ?? 15_000,
    idle_in_transaction_session_timeout: 60_000,
    connectionTimeoutMillis: 10_000,
    ...(options.schema === undefined ? {} : { options: `-c search_path=${options.schema}` }),
  });
  pool.on('error', options.onIdleClientError ?? (() => undefined));
  return { dialect: new PostgresDialect({ pool }), pool };
}
