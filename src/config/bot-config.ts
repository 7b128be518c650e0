import { z } from 'zod';
import { ConfigError } from './config-error.ts';
import { deepFreeze } from './deep-freeze.ts';

/** How the bot proves itself to the Bot Connector and Microsoft Graph. */
export type BotCredential =
  | { readonly kind: 'none' }
  | { readonly kind: 'secret'; readonly secret: string }
  /** `system`, or the client id of a user-assigned managed identity (the bot's own id: the bot is that identity). */
  | { readonly kind: 'managed_identity'; readonly clientId: string }
  /** A PEM file holding the certificate and its private key. */
  | { readonly kind: 'certificate'; readonly path: string };

export interface BotConfig {
  /** The bot's Entra ID application (client) id; undefined when no bot registration is configured. */
  readonly appId: string | undefined;
  readonly credential: BotCredential;
  /** The tenant the bot registration lives in (single-tenant bots). */
  readonly tenantId: string | undefined;
  /**
   * Accept activities without a Bot Framework token: dev mode only, never with NODE_ENV=production,
   * never when credentials are configured.
   */
  readonly allowUnauthenticated: boolean;
  /** The app's id in the organisation's app catalog (Graph installs it for people who have not). */
  readonly teamsAppId: string | undefined;
  /** The manifest `id`; deep links use the catalog id when there is one, else this. */
  readonly manifestAppId: string;
  /** The personal tab's `entityId` in the manifest. */
  readonly tabEntityId: string;
  /** Microsoft Graph root, without the version segment. */
  readonly graphEndpoint: string;
  /** Bot Connector service URL for chats the bot has not heard from yet. */
  readonly connectorEndpoint: string;
  /** The Microsoft cloud the bot is registered in: its Bot Framework and sign-in endpoints. */
  readonly cloud: BotCloud;
  /** Where Bot Framework publishes the keys inbound activities are signed with; the cloud's own by default. */
  readonly openIdMetadataUrl: string | undefined;
}

export const botClouds = ['public', 'usgov', 'usgovdod', 'china'] as const;
export type BotCloud = (typeof botClouds)[number];

/** A fixed manifest id for the embedded default, so deep links stay stable across restarts. */
export const devManifestAppId = '5d1b8a0e-7c1f-4d6a-9a5e-2f3b4c6d7e80';

const text = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();
const guid = z.guid('must be a GUID');
const httpUrl = z.url({ protocol: /^https?$/ });

const botEnvSchema = z.object({
  NODE_ENV: text,
  BOT_ID: text.pipe(guid.optional()),
  BOT_APP_ID: text.pipe(guid.optional()),
  BOT_PASSWORD: text,
  BOT_MANAGED_IDENTITY_CLIENT_ID: text.pipe(z.union([z.literal('system'), guid]).optional()),
  BOT_CERTIFICATE_PATH: text,
  BOT_TENANT_ID: text.pipe(guid.optional()),
  AZURE_TENANT_ID: text,
  TEAMS_APP_ID: text.pipe(guid.optional()),
  TEAMS_MANIFEST_ID: text.pipe(guid.optional()),
  TAB_ENTITY_ID: text.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,64}$/, 'letters, digits, dot, hyphen or underscore')
      .optional(),
  ),
  GRAPH_ENDPOINT: text.pipe(httpUrl.optional()),
  BOT_CONNECTOR_ENDPOINT: text.pipe(httpUrl.optional()),
  BOT_CLOUD: text.pipe(z.enum(botClouds).optional()),
  BOT_OPENID_METADATA_URL: text.pipe(httpUrl.optional()),
});

const isLoopback = (url: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
const trimUrl = (url: string) => url.replace(/\/+$/, '');

/**
 * The Teams bot's settings, parsed once. Bot authentication is on unless this is dev mode without
 * credentials: a production start never accepts unauthenticated activities.
 */
export function parseBotConfig(
  env: Readonly<Record<string, string | undefined>>,
  mode: 'dev' | 'production',
): BotConfig {
  const parsed = botEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid bot settings:\n  ${problems.join('\n  ')}`);
  }
  const raw = parsed.data;
  if (raw.BOT_ID && raw.BOT_APP_ID && raw.BOT_ID !== raw.BOT_APP_ID) {
    throw new ConfigError('BOT_ID and BOT_APP_ID: give one, or the same id in both');
  }
  const appId = raw.BOT_ID ?? raw.BOT_APP_ID;
  const credential = credentialOf(raw, appId);
  const graphEndpoint = trimUrl(raw.GRAPH_ENDPOINT ?? 'https://graph.microsoft.com').replace(/\/v1\.0$/, '');
  const connectorEndpoint = trimUrl(raw.BOT_CONNECTOR_ENDPOINT ?? 'https://smba.trafficmanager.net/teams');
  if (mode === 'production') {
    for (const [name, url] of [
      ['GRAPH_ENDPOINT', graphEndpoint],
      ['BOT_CONNECTOR_ENDPOINT', connectorEndpoint],
      ['BOT_OPENID_METADATA_URL', raw.BOT_OPENID_METADATA_URL],
    ] as const) {
      if (url && !url.startsWith('https:') && !isLoopback(url))
        throw new ConfigError(`${name}: must be an https:// URL in production`);
    }
  }
  return deepFreeze({
    appId,
    credential,
    tenantId: raw.BOT_TENANT_ID ?? raw.AZURE_TENANT_ID,
    allowUnauthenticated: mode === 'dev' && raw.NODE_ENV !== 'production' && credential.kind === 'none',
    teamsAppId: raw.TEAMS_APP_ID,
    manifestAppId: raw.TEAMS_MANIFEST_ID ?? devManifestAppId,
    tabEntityId: raw.TAB_ENTITY_ID ?? 'workspace',
    graphEndpoint,
    connectorEndpoint,
    cloud: raw.BOT_CLOUD ?? 'public',
    openIdMetadataUrl: raw.BOT_OPENID_METADATA_URL,
  });
}

function credentialOf(raw: z.infer<typeof botEnvSchema>, appId: string | undefined): BotCredential {
  const given = [
    raw.BOT_PASSWORD && 'BOT_PASSWORD',
    raw.BOT_MANAGED_IDENTITY_CLIENT_ID && 'BOT_MANAGED_IDENTITY_CLIENT_ID',
    raw.BOT_CERTIFICATE_PATH && 'BOT_CERTIFICATE_PATH',
  ].filter((name): name is string => Boolean(name));
  if (given.length > 1) throw new ConfigError(`${given.join(', ')}: give only one bot credential`);
  if (!appId) {
    if (given.length > 0) throw new ConfigError(`${given[0]}: needs BOT_ID, the bot's application id`);
    return { kind: 'none' };
  }
  if (raw.BOT_PASSWORD) return { kind: 'secret', secret: raw.BOT_PASSWORD };
  if (raw.BOT_MANAGED_IDENTITY_CLIENT_ID)
    return { kind: 'managed_identity', clientId: raw.BOT_MANAGED_IDENTITY_CLIENT_ID };
  if (raw.BOT_CERTIFICATE_PATH) {
    if (!raw.BOT_TENANT_ID && !raw.AZURE_TENANT_ID)
      throw new ConfigError('BOT_CERTIFICATE_PATH: needs BOT_TENANT_ID (or AZURE_TENANT_ID)');
    return { kind: 'certificate', path: raw.BOT_CERTIFICATE_PATH };
  }
  throw new ConfigError(
    'BOT_ID: needs a credential: BOT_PASSWORD, BOT_MANAGED_IDENTITY_CLIENT_ID or BOT_CERTIFICATE_PATH',
  );
}

/** What the Teams app package needs to know about this deployment. */
export interface ManifestSettings {
  readonly manifestId: string;
  readonly botId: string;
  /** The API's app registration (AZURE_CLIENT_ID): the tab asks tokens for it; admins consent to it in Teams. */
  readonly apiClientId: string;
  /** https://host[:port][/path], without a trailing slash. */
  readonly publicUrl: string;
  readonly tabEntityId: string;
  readonly version: string;
  readonly developerName: string;
  readonly privacyUrl: string;
  readonly termsUrl: string;
}

const manifestEnvSchema = z.object({
  PUBLIC_URL: z.url({
    protocol: /^https$/,
    error: 'must be the https:// address Teams reaches the service at',
  }),
  BOT_ID: text.pipe(guid.optional()),
  BOT_APP_ID: text.pipe(guid.optional()),
  AZURE_CLIENT_ID: z.guid("must be the API app registration's application (client) id"),
  TEAMS_MANIFEST_ID: text.pipe(guid.optional()),
  TAB_ENTITY_ID: botEnvSchema.shape.TAB_ENTITY_ID,
  APP_VERSION: text.pipe(
    z
      .string()
      .regex(/^\d{1,5}\.\d{1,5}\.\d{1,5}$/, 'must be major.minor.patch')
      .optional(),
  ),
  DEVELOPER_NAME: text.pipe(z.string().max(32).optional()),
  PRIVACY_URL: text.pipe(z.url({ protocol: /^https$/ }).optional()),
  TERMS_URL: text.pipe(z.url({ protocol: /^https$/ }).optional()),
});

/** Settings for `npm run manifest`: the public https address, the bot id and the API's client id are required. */
export function parseManifestSettings(env: Readonly<Record<string, string | undefined>>): ManifestSettings {
  const parsed = manifestEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid manifest settings:\n  ${problems.join('\n  ')}`);
  }
  const raw = parsed.data;
  const botId = raw.BOT_ID ?? raw.BOT_APP_ID;
  if (!botId) throw new ConfigError("BOT_ID: the Teams app package needs the bot's application id");
  const publicUrl = trimUrl(raw.PUBLIC_URL);
  return deepFreeze({
    manifestId: raw.TEAMS_MANIFEST_ID ?? devManifestAppId,
    botId,
    apiClientId: raw.AZURE_CLIENT_ID,
    publicUrl,
    tabEntityId: raw.TAB_ENTITY_ID ?? 'workspace',
    version: raw.APP_VERSION ?? '1.0.0',
    developerName: raw.DEVELOPER_NAME ?? 'Safeguarding partnership',
    privacyUrl: raw.PRIVACY_URL ?? `${publicUrl}/tab#/guidance`,
    termsUrl: raw.TERMS_URL ?? `${publicUrl}/tab#/guidance`,
  });
}

/** The process environment, read here because nothing outside src/config reads it. */
export const manifestSettingsFromProcess = (): ManifestSettings => parseManifestSettings(process.env);
