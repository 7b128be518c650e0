import { cloudFromName, withOverrides, type CloudEnvironment } from '@microsoft/teams.api';
import { App } from '@microsoft/teams.apps';
import type { Router } from 'express';
import type { BotConfig } from '../../../config/bot-config.ts';
import type { Logger } from '../../logging/create-logger.ts';
import type { BotDeps } from './bot-deps.ts';
import { guardActivity } from './guard.ts';
import { messagesRoute, messagingPath } from './messages-route.ts';
import { onCardAction } from './on-card-action.ts';
import { onInstall, onMessage, onUninstall } from './on-message.ts';
import { sdkCredentials } from './sdk-credentials.ts';
import { sdkLogger } from './sdk-logger.ts';

export interface TeamsApp {
  readonly app: App;
  /** POST /api/messages, to mount on the service's express app. */
  readonly router: Router;
}

/** The bot's cloud; a metadata override points token checks at another key publisher (tests, sovereign stacks). */
function cloudOf(bot: BotConfig): CloudEnvironment {
  const cloud = cloudFromName(bot.cloud);
  return bot.openIdMetadataUrl ? withOverrides(cloud, { openIdMetadataUrl: bot.openIdMetadataUrl }) : cloud;
}

/**
 * The Teams SDK App, served through our express app. Bot Framework tokens are checked by the SDK
 * (its default) unless the config allows unauthenticated activities, which it does only in dev mode
 * without credentials. Every SDK setting is passed explicitly so no environment variable changes it.
 */
export async function createTeamsApp(bot: BotConfig, deps: BotDeps, logger: Logger): Promise<TeamsApp> {
  const route = messagesRoute(256 * 1024, logger);
  const app = new App({
    ...sdkCredentials(bot),
    cloud: cloudOf(bot),
    serviceUrl: bot.connectorEndpoint,
    logger: sdkLogger(logger),
    httpServerAdapter: route.adapter,
    messagingEndpoint: messagingPath,
    dangerouslyAllowUnauthenticatedRequests: bot.allowUnauthenticated,
    state: false,
    telemetry: { agent365: false },
    client: { timeout: 10_000 },
  });
  app.use(async (ctx) => (await guardActivity(deps, ctx.activity)) ?? ctx.next());
  app.on('message', (ctx) => onMessage(deps, ctx.activity, (message) => ctx.send(message)));
  app.on('install.add', (ctx) => onInstall(deps, ctx.activity, (message) => ctx.send(message)));
  app.on('install.remove', (ctx) => onUninstall(deps, ctx.activity));
  app.on('card.action', (ctx) => onCardAction(deps, ctx.activity));
  await app.initialize();
  if (bot.allowUnauthenticated)
    logger.warn('DEV MODE: the Teams bot accepts activities without a Bot Framework token');
  return { app, router: route.router };
}
