import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DestinationStream } from 'pino';
import { devReviewers } from './adapters/auth/dev-users.ts';
import { createProfileReviewerDirectory } from './adapters/directory/profile-reviewer-directory.ts';
import { createHttpApp } from './adapters/http/create-http-app.ts';
import { startHttpServer } from './adapters/http/start-http-server.ts';
import { createLogger, type Logger } from './adapters/logging/create-logger.ts';
import { safeErrorFields } from './adapters/logging/safe-error-fields.ts';
import type { JobWorker } from './adapters/worker/job-worker.ts';
import { systemClock, type Clock } from './app/clock.ts';
import type { Store } from './app/ports/store.ts';
import type { ReferralDeps } from './app/referrals/referral-deps.ts';
import { backgroundWorker } from './composition/background-worker.ts';
import { createDelivery } from './composition/delivery.ts';
import { createTeamsBot } from './composition/teams-bot.ts';
import { openStore } from './composition/open-store.ts';
import { tokenVerifiers } from './composition/token-verifiers.ts';
import { loadConfigFromProcess, type AppConfig } from './config/app-config.ts';
import { ConfigError } from './config/config-error.ts';

export interface ApplicationOverrides {
  readonly clock?: Clock;
  readonly logDestination?: DestinationStream;
  /** Tests drive the worker themselves (`worker.runOnce()`) instead of letting it poll. */
  readonly startWorker?: boolean;
}

export interface RunningApplication {
  readonly url: string;
  readonly store: Store;
  readonly worker: JobWorker;
  readonly logger: Logger;
  /** Stops taking requests, lets in-flight work finish within the grace period, closes the database. */
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

  const { store, database } = await openStore(config, logger);
  const referrals: ReferralDeps = {
    store,
    clock,
    profile: config.profile,
    directory: createProfileReviewerDirectory(config.profile, config.mode === 'dev' ? devReviewers : []),
  };
  const delivery = createDelivery(config, referrals, logger);
  const teamsBot = createTeamsBot({ config, bot: config.bot, referrals, database, logger });
  const devSigningKey = config.auth.devSigningKey;
  const app = createHttpApp({
    logger,
    health: { ping: () => store.ping() },
    verifiers: tokenVerifiers(config, clock),
    allowedTenantIds: config.auth.allowedTenantIds,
    referrals,
    referralExtensions: [delivery.referralRoutes],
    bot: teamsBot.router,
    rateLimitPerMinute: config.rateLimitPerMinute,
    clientConfig: {
      clientId: config.auth.clientId ?? null,
      tenantId: config.auth.tenantId,
      apiScope: config.auth.clientId ? `api://${config.auth.clientId}/access_as_user` : null,
      authorityHost: config.auth.authorityHost,
      devMode: config.mode === 'dev',
    },
    devSignIn: devSigningKey
      ? { signingKey: devSigningKey, tenantId: config.auth.tenantId, now: () => clock.now() }
      : undefined,
    webRoot,
  });
  const worker = backgroundWorker(
    config,
    referrals,
    logger,
    { ...delivery.handlers, ...teamsBot.jobHandlers },
    [...teamsBot.recurringJobs, ...delivery.recurringJobs],
  );
  const server = await startHttpServer(app, config.host, config.port);
  if (overrides.startWorker !== false) worker.start();
  const url = config.publicUrl?.replace(/\/$/, '') ?? `http://${config.host}:${server.port}`;

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await server.close(config.shutdownGraceMs);
      await worker.stop();
      await teamsBot.stop();
      await database.close();
      logger.info('stopped');
    })());
  return { url, store, worker, logger, stop };
}

function printUrls(config: AppConfig, url: string): void {
  const lines = [
    `Practice Review Referral — ${config.mode === 'dev' ? 'DEV MODE (embedded defaults, sample users)' : 'production'}`,
    `  Tab:          ${url}/tab`,
    `  Health:       ${url}/healthz   Readiness: ${url}/readyz`,
    `  API:          ${url}/api/assessments, ${url}/api/referrals`,
    `  Teams bot:    POST ${url}/api/messages`,
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
