import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import express from 'express';
import { issueDevToken } from '../../../../src/adapters/auth/dev-tokens.ts';
import { devReviewers, devUsers } from '../../../../src/adapters/auth/dev-users.ts';
import { createProfileReviewerDirectory } from '../../../../src/adapters/directory/profile-reviewer-directory.ts';
import { createHttpApp } from '../../../../src/adapters/http/create-http-app.ts';
import { startHttpServer } from '../../../../src/adapters/http/start-http-server.ts';
import { createLogger } from '../../../../src/adapters/logging/create-logger.ts';
import type { DatabaseHandle, SqlDialect } from '../../../../src/adapters/store/database-handle.ts';
import type { JobWorker } from '../../../../src/adapters/worker/job-worker.ts';
import type { ReferralDeps } from '../../../../src/app/referrals/referral-deps.ts';
import { backgroundWorker } from '../../../../src/composition/background-worker.ts';
import { openStore } from '../../../../src/composition/open-store.ts';
import { createTeamsBot, type TeamsBot } from '../../../../src/composition/teams-bot.ts';
import { tokenVerifiers } from '../../../../src/composition/token-verifiers.ts';
import { loadConfig } from '../../../../src/config/app-config.ts';
import { parseBotConfig } from '../../../../src/config/bot-config.ts';
import { createPostgresSchema, postgresUrl } from '../../../support/database.ts';
import { startFakeBotConnector, type FakeBotConnector } from '../../../support/fake-bot-connector.ts';
import { startFakeGraphTeams, type FakeGraphTeams } from '../../../support/fake-graph-teams.ts';
import type { TestApp } from '../../../support/test-app.ts';

export const testTeamsAppId = '0c2f4f37-9f0b-4f5e-8c43-0d1c7a3b9e21';

export interface BotTestApp extends TestApp {
  readonly connector: FakeBotConnector;
  readonly graph: FakeGraphTeams;
  readonly bot: TeamsBot;
  /** The use cases' dependencies, for seeding data without HTTP. */
  readonly referrals: ReferralDeps;
  readonly database: DatabaseHandle;
  /** The service URL test activities carry (the fake connector). */
  readonly serviceUrl: string;
  /** Moves the test clock on. */
  advance(ms: number): void;
  now(): Date;
  /** Runs the worker until no job is due. */
  drainJobs(): Promise<number>;
  /** A second copy of the service's bot and worker on the same database, as after a restart. */
  anotherProcess(): Promise<{ readonly worker: JobWorker; stop(): Promise<void> }>;
}

export interface BotTestAppOptions {
  readonly dialect?: SqlDialect;
  /** Extra environment for both configs (APP_MODE, BOT_ID ...). */
  readonly env?: Record<string, string>;
  readonly start?: Date;
  /** Set false for a deployment without a catalog app id (no Graph installation). */
  readonly withGraph?: boolean;
}

/**
 * The service as main composes it, with the Teams bot mounted in front of the API (as main will), on
 * loopback, against a fake Bot Connector and a fake Graph; the worker is driven by the test.
 */
export async function startBotTestApp(options: BotTestAppOptions = {}): Promise<BotTestApp> {
  const postgres = options.dialect === 'postgres' ? await createPostgresSchema(postgresUrl ?? '') : undefined;
  const connector = await startFakeBotConnector();
  const graph = await startFakeGraphTeams(testTeamsAppId);
  const env = {
    DATA_DIR: mkdtempSync(join(tmpdir(), 'prr-bot-')),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    ...(postgres ? { DATABASE_URL: postgresUrl ?? '', DATABASE_SCHEMA: postgres.schema } : {}),
    ...(options.withGraph === false ? {} : { TEAMS_APP_ID: testTeamsAppId, GRAPH_ENDPOINT: graph.url }),
    BOT_CONNECTOR_ENDPOINT: connector.url,
    ...options.env,
  };
  const config = loadConfig(env);
  let clock = options.start ?? new Date();
  const now = () => clock;
  const logLines: string[] = [];
  const logger = createLogger(
    config.logLevel,
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString('utf8'));
        done();
      },
    }),
  );
  const { store, database } = await openStore(config, logger);
  const referrals: ReferralDeps = {
    store,
    clock: { now },
    profile: config.profile,
    directory: createProfileReviewerDirectory(config.profile, config.mode === 'dev' ? devReviewers : []),
  };
  const makeBot = async () => {
    const made = createTeamsBot({
      config,
      bot: parseBotConfig(env, config.mode),
      referrals,
      database,
      logger,
    });
    await made.ready;
    return made;
  };
  const bot = await makeBot();
  const api = createHttpApp({
    logger,
    health: { ping: () => store.ping() },
    verifiers: tokenVerifiers(config, { now }),
    allowedTenantIds: config.auth.allowedTenantIds,
    referrals,
    rateLimitPerMinute: 100_000,
    clientConfig: {
      clientId: null,
      tenantId: config.auth.tenantId,
      apiScope: null,
      authorityHost: config.auth.authorityHost,
      devMode: config.mode === 'dev',
    },
    devSignIn: undefined,
    webRoot: join(tmpdir(), 'no-web-root'),
  });
  const outer = express();
  outer.use(bot.router);
  outer.use(api);
  const server = await startHttpServer(outer, '127.0.0.1', 0);
  const worker = backgroundWorker(config, referrals, logger, bot.jobHandlers);
  const signingKey = config.auth.devSigningKey;
  return {
    baseUrl: `http://127.0.0.1:${server.port}`,
    config,
    store,
    worker,
    logLines,
    connector,
    graph,
    bot,
    referrals,
    database,
    serviceUrl: connector.url,
    advance: (ms) => void (clock = new Date(clock.getTime() + ms)),
    now,
    async drainJobs() {
      let total = 0;
      for (let ran = await worker.runOnce(); ran > 0; ran = await worker.runOnce()) total += ran;
      return total;
    },
    async anotherProcess() {
      const other = await makeBot();
      const otherWorker = backgroundWorker(config, referrals, logger, other.jobHandlers);
      return {
        worker: otherWorker,
        async stop() {
          await otherWorker.stop();
          await other.stop();
        },
      };
    },
    tokenFor(user) {
      if (!signingKey) throw new Error('no dev sign-in in this mode');
      return issueDevToken(signingKey, config.auth.tenantId, devUsers[user], now());
    },
    async close() {
      await server.close(1000);
      await worker.stop();
      await bot.stop();
      await database.close();
      await connector.close();
      await graph.close();
      await postgres?.drop();
    },
  };
}
