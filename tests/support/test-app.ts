import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { issueDevToken } from '../../src/adapters/auth/dev-tokens.ts';
import { devUsers, type DevUserKey } from '../../src/adapters/auth/dev-users.ts';
import type { Store } from '../../src/app/ports/store.ts';
import type { JobWorker } from '../../src/adapters/worker/job-worker.ts';
import { loadConfig, type AppConfig } from '../../src/config/app-config.ts';
import { startApplication } from '../../src/main.ts';
import type { SqlDialect } from '../../src/adapters/store/database-handle.ts';
import { createPostgresSchema, postgresUrl } from './database.ts';

export interface TestApp {
  readonly baseUrl: string;
  readonly config: AppConfig;
  readonly store: Store;
  /** The background worker, not polling: tests run it with `runOnce()`. */
  readonly worker: JobWorker;
  /** Every log line the application wrote, for privacy assertions. */
  readonly logLines: string[];
  tokenFor(user: DevUserKey): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  readonly env?: Record<string, string>;
  readonly now?: () => Date;
  /** SQLite (default) in a temp data dir, or PostgreSQL (DATABASE_URL) in a fresh schema. */
  readonly dialect?: SqlDialect;
}

/**
 * The real application (main's composition root) on a loopback port, in dev mode on a fresh data
 * directory unless `env` says otherwise.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const postgres = options.dialect === 'postgres' ? await createPostgresSchema(postgresUrl ?? '') : undefined;
  const databaseEnv = postgres ? { DATABASE_URL: postgresUrl ?? '', DATABASE_SCHEMA: postgres.schema } : {};
  const config = loadConfig({
    DATA_DIR: mkdtempSync(join(tmpdir(), 'prr-app-')),
    PORT: '0',
    HOST: '127.0.0.1',
    ...databaseEnv,
    ...options.env,
  });
  const now = options.now ?? (() => new Date());
  const logLines: string[] = [];
  const logDestination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString('utf8'));
      done();
    },
  });
  const app = await startApplication(config, { clock: { now }, logDestination, startWorker: false });
  const signingKey = config.auth.devSigningKey!;
  return {
    baseUrl: app.url,
    config,
    store: app.store,
    worker: app.worker,
    logLines,
    tokenFor: (user) => issueDevToken(signingKey, config.auth.tenantId, devUsers[user], now()),
    async close() {
      await app.stop();
      await postgres?.drop();
    },
  };
}
