import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DestinationStream } from 'pino';
import { createDevTokenVerifier } from './adapters/auth/dev-tokens.ts';
import { createEntraTokenVerifier } from './adapters/auth/entra-token-verifier.ts';
import { createHttpApp } from './adapters/http/create-http-app.ts';
import { startHttpServer } from './adapters/http/start-http-server.ts';
import { createLogger, type Logger } from './adapters/logging/create-logger.ts';
import { safeErrorFields } from './adapters/logging/safe-error-fields.ts';
import {
  createContentCipher,
  createKyselyStore,
  migrateToLatest,
  openDatabase,
} from './adapters/store/index.ts';
import type { TokenVerifier } from './app/auth/token-verifier.ts';
import type { ReferralDeps } from './app/referrals/referral-deps.ts';
import { createProfileReviewerDirectory } from './adapters/directory/profile-reviewer-directory.ts';
import { devReviewers } from './adapters/auth/dev-users.ts';
import { systemClock, type Clock } from './app/clock.ts';
import type { Store } from './app/ports/store.ts';
import { loadConfigFromProcess, type AppConfig } from './config/app-config.ts';
import { ConfigError } from './config/config-error.ts';

export interface ApplicationOverrides {
  readonly clock?: Clock;
  readonly logDestination?: DestinationStream;
}

export interface RunningApplication {
  readonly url: string;
  readonly store: Store;
  readonly logger: Logger;
  /** Stops taking requests, lets in-flight ones finish within the grace period, closes the database. */
  stop(): Promise<void>;
}

/** Where the web bundles are, whether this runs from src/ (type stripping) or dist/server/ (the build). */
function findWebRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'dist', 'web');
}

const webRoot = findWebRoot(import.meta.dirname);

/** The composition root: builds every adapter from the config, wires the use cases and starts serving. */
export async function startApplication(
  config: AppConfig,
  overrides: ApplicationOverrides = {},
): Promise<RunningApplication> {
  const clock = overrides.clock ?? systemClock;
  const logger = createLogger(config.logLevel, overrides.logDestination);
  for (const warning of config.warnings) logger.warn(warning);
  if (!existsSync(join(webRoot, 'tab', 'index.html')))
    logger.warn('web bundle not built: run npm run build:web');

  const database = await openDatabase({
    databaseUrl: config.database.url,
    sqliteFile: config.database.sqliteFile,
    postgres: {
      onIdleClientError: (error) => logger.warn(safeErrorFields(error), 'idle database client failed'),
    },
  });
  try {
    const applied = await migrateToLatest(database);
    if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');
  } catch (error) {
    await database.close();
    throw error;
  }
  const store = createKyselyStore({
    db: database.db,
    dialect: database.dialect,
    cipher: createContentCipher(config.encryption),
  });

  const devSigningKey = config.auth.devSigningKey;
  const { clientId } = config.auth;
  const verifiers: TokenVerifier[] = [
    ...(devSigningKey ? [createDevTokenVerifier(devSigningKey, () => clock.now())] : []),
    ...(clientId
      ? [
          createEntraTokenVerifier({
            authorityHost: config.auth.authorityHost,
            tenantId: config.auth.tenantId,
            clientId,
            allowedTenantIds: config.auth.allowedTenantIds,
            jwksUri: config.auth.jwksUri,
            prsgMembers: config.profile.prsgMembers,
            clock: () => clock.now(),
          }),
        ]
      : []),
  ];
  const referrals: ReferralDeps = {
    store,
    clock,
    profile: config.profile,
    directory: createProfileReviewerDirectory(config.profile, config.mode === 'dev' ? devReviewers : []),
  };
  const app = createHttpApp({
    logger,
    health: { ping: () => store.ping() },
    verifiers,
    allowedTenantIds: config.auth.allowedTenantIds,
    referrals,
    rateLimitPerMinute: config.rateLimitPerMinute,
    devSignIn: devSigningKey
      ? { signingKey: devSigningKey, tenantId: config.auth.tenantId, now: () => clock.now() }
      : undefined,
    webRoot,
  });
  const server = await startHttpServer(app, config.host, config.port);
  const url = config.publicUrl?.replace(/\/$/, '') ?? `http://${config.host}:${server.port}`;

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await server.close(config.shutdownGraceMs);
      await database.close();
      logger.info('stopped');
    })());
  return { url, store, logger, stop };
}

function printUrls(config: AppConfig, url: string): void {
  const lines = [
    `Practice Review Referral — ${config.mode === 'dev' ? 'DEV MODE (embedded defaults, sample users)' : 'production'}`,
    `  Tab:          ${url}/tab`,
    `  Health:       ${url}/healthz   Readiness: ${url}/readyz`,
    `  Criteria API: POST ${url}/api/assessments`,
  ];
  if (config.mode === 'dev') {
    lines.push(
      `  Dev sign-in:  POST ${url}/api/dev/sign-in {"user":"referrer"}`,
      `  Data:         ${config.dataDir}`,
    );
  }
  console.log(lines.join('\n'));
}

async function runFromCommandLine(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfigFromProcess();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Cannot start: ${error.message}`);
    process.exit(1);
  }
  const running = await startApplication(config);
  printUrls(config, running.url);
  const shutdown = (signal: NodeJS.Signals) => {
    running.logger.info({ signal }, 'shutting down');
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        running.logger.error(safeErrorFields(error), 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

if (import.meta.main) {
  runFromCommandLine().catch((error: unknown) => {
    console.error('Cannot start:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
