import express, { type Router } from 'express';
import type { DatabaseHandle } from '../adapters/store/database-handle.ts';
import { purgeOrphanedTeamsRows } from '../adapters/store/kysely-teams-housekeeping.ts';
import { createKyselyTeamsReminderCandidates } from '../adapters/store/kysely-teams-reminder-candidates.ts';
import { createKyselyTeamsStore } from '../adapters/store/kysely-teams-store.ts';
import type { Logger } from '../adapters/logging/create-logger.ts';
import type { BotDeps } from '../adapters/teams/bot/bot-deps.ts';
import { chatMemory } from '../adapters/teams/bot/chat-memory.ts';
import { messagingPath } from '../adapters/teams/bot/messages-route.ts';
import type { CardContext } from '../adapters/teams/cards/card-context.ts';
import { tabLinks } from '../adapters/teams/cards/deep-links.ts';
import type { BotConnector } from '../adapters/teams/connector/bot-connector.ts';
import { sdkBotConnector } from '../adapters/teams/connector/sdk-bot-connector.ts';
import { safeErrorFields } from '../adapters/logging/safe-error-fields.ts';
import { graphAppInstaller } from '../adapters/teams/graph/graph-app-installer.ts';
import { notificationJobHandler } from '../adapters/teams/notifications/notification-job.ts';
import { reminderSweepJobHandler } from '../adapters/teams/notifications/reminder-sweep-job.ts';
import type { RecurringJob } from '../adapters/worker/recurring-jobs.ts';
import type { JobHandler } from '../app/jobs/job-handler.ts';
import { jobKinds } from '../app/jobs/job-kinds.ts';
import { cardViewMemory } from '../app/notifications/card-views.ts';
import { noticeKindByJobKind } from '../app/notifications/notice-kinds.ts';
import type { ReferralDeps } from '../app/referrals/referral-deps.ts';
import type { AppConfig } from '../config/app-config.ts';
import type { BotConfig } from '../config/bot-config.ts';

export interface TeamsBotOptions {
  readonly config: AppConfig;
  readonly bot: BotConfig;
  readonly referrals: ReferralDeps;
  readonly database: Pick<DatabaseHandle, 'db'>;
  readonly logger: Logger;
}

export interface TeamsBot {
  /** POST /api/messages: mount before the /api rate limit and the /api 404. */
  readonly router: Router;
  /** The outbox jobs the bot delivers: every `notify.*` kind, reminders and the reminder sweep. */
  readonly jobHandlers: Readonly<Record<string, JobHandler>>;
  /** Queue these every period (the background worker's recurring jobs). */
  readonly recurringJobs: readonly RecurringJob[];
  /** Resolves once the Teams SDK is loaded; requests and jobs that come sooner wait for it. */
  readonly ready: Promise<void>;
  stop(): Promise<void>;
}

const reminderSweepEveryMs = 15 * 60_000;

/**
 * The Teams bot: its HTTP endpoint, its outbox job handlers and its recurring reminder sweep. The SDK
 * (a few MB of CommonJS) loads in the background so the service is ready without waiting for it.
 */
export function createTeamsBot(options: TeamsBotOptions): TeamsBot {
  const { config, bot, referrals, database } = options;
  const logger = options.logger.child({ component: 'teams-bot' });
  const teams = createKyselyTeamsStore(database.db);
  const cards: CardContext = {
    profile: config.profile,
    links: tabLinks(bot.teamsAppId ?? bot.manifestAppId, bot.tabEntityId),
    devMode: config.mode === 'dev',
  };
  const botDeps: BotDeps = {
    referrals,
    cardViews: cardViewMemory(),
    teams,
    cards,
    allowedTenantIds: config.auth.allowedTenantIds,
    chats: chatMemory(teams.conversations, teams.cards, referrals.clock),
    logger,
    invokeDeadlineMs: 1800,
  };
  // Imported here, not at the top: the SDK's CommonJS JWT stack must not be required while the
  // service's own ES module graph (which shares `jose` with it) is still being linked.
  const started = import('../adapters/teams/bot/create-teams-app.ts').then(({ createTeamsApp }) =>
    createTeamsApp(bot, botDeps, logger),
  );
  started.catch((error: unknown) => logger.error(safeErrorFields(error), 'the Teams bot could not start'));

  const router = express.Router();
  router.post(messagingPath, (req, res, next) => {
    started.then(({ router: inner }) => inner(req, res, next), next);
  });
  const connectorReady = started.then(({ app }) => sdkBotConnector(app, referrals.clock));
  const connector: BotConnector = {
    send: async (chat, message) => (await connectorReady).send(chat, message),
    update: async (chat, activityId, message) => (await connectorReady).update(chat, activityId, message),
  };

  const graphScope = `${bot.graphEndpoint}/.default`;
  const notify = notificationJobHandler({
    referrals,
    teams,
    connector,
    installer: bot.teamsAppId
      ? graphAppInstaller({
          endpoint: bot.graphEndpoint,
          teamsAppId: bot.teamsAppId,
          token: async (tenantId) =>
            (await (await started).app.tokenProvider.getAppToken(graphScope, tenantId))?.toString(),
          clock: referrals.clock,
          logger,
        })
      : undefined,
    connectorEndpoint: bot.connectorEndpoint,
    cards,
    logger,
  });
  const sweep = reminderSweepJobHandler(
    { ...referrals, candidates: createKyselyTeamsReminderCandidates(database.db) },
    () => purgeOrphanedTeamsRows(database.db),
    logger,
  );

  return {
    router,
    jobHandlers: {
      ...Object.fromEntries(Object.keys(noticeKindByJobKind).map((kind) => [kind, notify])),
      [jobKinds.notifyReminder]: notify,
      [jobKinds.remindersSweep]: sweep,
    },
    recurringJobs: [{ kind: jobKinds.remindersSweep, everyMs: reminderSweepEveryMs }],
    ready: started.then(() => undefined),
    async stop() {
      const running = await started.catch(() => undefined);
      await running?.app.stop();
    },
  };
}
