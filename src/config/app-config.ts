import { resolve } from 'node:path';
import { ConfigError } from './config-error.ts';
import { deepFreeze } from './deep-freeze.ts';
import { loadOrCreateDevSecrets } from './dev-secrets.ts';
import { parseEncryptionKeys, type EncryptionKeys } from './encryption-keys.ts';
import { envSchema, type RawEnv } from './env-schema.ts';
import { parseBotConfig, type BotConfig } from './bot-config.ts';
import { parseMailConfig, type MailConfig } from './mail-config.ts';
import { loadProfile } from './profile/load-profile.ts';
import type { PartnershipProfile } from './profile/profile-schema.ts';

/** The tenant every row carries in dev mode, where there is no Entra ID tenant. */
export const devTenantId = '00000000-0000-4000-8000-00000000de00';

export interface AppConfig {
  readonly mode: 'dev' | 'production';
  readonly port: number;
  readonly host: string;
  readonly publicUrl: string | undefined;
  readonly dataDir: string;
  readonly database: {
    readonly url: string | undefined;
    /** PostgreSQL schema (search_path) other than `public`, e.g. one per test run. */
    readonly schema: string | undefined;
    readonly sqliteFile: string;
  };
  readonly profile: PartnershipProfile;
  readonly encryption: EncryptionKeys;
  readonly auth: {
    readonly tenantId: string;
    readonly clientId: string | undefined;
    /** Entra ID authority, e.g. https://login.microsoftonline.com (national clouds differ). */
    readonly authorityHost: string;
    /** Where the signing keys are; default `<authority>/<tenant>/discovery/v2.0/keys`. */
    readonly jwksUri: string | undefined;
    readonly allowedTenantIds: readonly string[];
    /** Dev mode only: signs and checks the dev sign-in tokens. */
    readonly devSigningKey: Buffer | undefined;
  };
  /** How approved referrals are sent: Graph, or .eml files in the embedded default. */
  readonly mail: MailConfig;
  /** The Teams bot's identity and endpoints. */
  readonly bot: BotConfig;
  readonly logLevel: RawEnv['LOG_LEVEL'];
  readonly shutdownGraceMs: number;
  readonly rateLimitPerMinute: number;
  /** How often the background worker looks for due jobs. */
  readonly workerPollMs: number;
  /** Start-up notes worth a warning in the log (e.g. generated dev keys). */
  readonly warnings: readonly string[];
}

/** Reads the environment once, fails fast naming the setting, and returns a frozen config. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid settings:\n  ${problems.join('\n  ')}`);
  }
  const raw = parsed.data;
  const config: AppConfig = {
    ...(raw.APP_MODE === 'dev' ? devConfig(raw) : productionConfig(raw)),
    mail: parseMailConfig(env, raw.APP_MODE),
    bot: parseBotConfig(env, raw.APP_MODE),
  };
  return deepFreeze(config);
}

function devConfig(raw: RawEnv): Omit<AppConfig, 'mail' | 'bot'> {
  if (raw.NODE_ENV === 'production') {
    throw new ConfigError(
      'APP_MODE: dev mode (the default) refuses to start with NODE_ENV=production; set APP_MODE=production and its settings',
    );
  }
  const dataDir = resolve(raw.DATA_DIR);
  const secrets = loadOrCreateDevSecrets(dataDir);
  const warnings: string[] = [];
  if (secrets.created)
    warnings.push(`DEV MODE: generated an encryption key and a dev sign-in key in ${dataDir}`);
  const encryption = raw.ENCRYPTION_KEYS
    ? parseEncryptionKeys(raw.ENCRYPTION_KEYS, raw.ENCRYPTION_ACTIVE_KEY_ID)
    : { keys: new Map([['dev', secrets.encryptionKey]]), activeKeyId: 'dev' };
  return {
    ...common(raw, dataDir),
    mode: 'dev',
    host: raw.HOST ?? '127.0.0.1',
    encryption,
    auth: {
      tenantId: raw.AZURE_TENANT_ID ?? devTenantId,
      clientId: raw.AZURE_CLIENT_ID,
      ...entraEndpoints(raw),
      allowedTenantIds: raw.ALLOWED_TENANT_IDS.length
        ? raw.ALLOWED_TENANT_IDS
        : [raw.AZURE_TENANT_ID ?? devTenantId],
      devSigningKey: secrets.tokenSigningKey,
    },
    warnings,
  };
}

function productionConfig(raw: RawEnv): Omit<AppConfig, 'mail' | 'bot'> {
  const required = ['DATABASE_URL', 'ENCRYPTION_KEYS', 'AZURE_TENANT_ID', 'AZURE_CLIENT_ID'] as const;
  const missing = required.filter((name) => !raw[name]);
  if (missing.length > 0) {
    throw new ConfigError(`APP_MODE=production needs these settings: ${missing.join(', ')}`);
  }
  const tenantId = raw.AZURE_TENANT_ID!;
  return {
    ...common(raw, resolve(raw.DATA_DIR)),
    mode: 'production',
    host: raw.HOST ?? '0.0.0.0',
    encryption: parseEncryptionKeys(raw.ENCRYPTION_KEYS!, raw.ENCRYPTION_ACTIVE_KEY_ID),
    auth: {
      tenantId,
      clientId: raw.AZURE_CLIENT_ID,
      ...entraEndpoints(raw),
      allowedTenantIds: raw.ALLOWED_TENANT_IDS.length ? raw.ALLOWED_TENANT_IDS : [tenantId],
      devSigningKey: undefined,
    },
    warnings: [],
  };
}

const isLoopback = (url: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);

function entraEndpoints(raw: RawEnv) {
  for (const name of ['AZURE_AUTHORITY_HOST', 'AZURE_JWKS_URI'] as const) {
    const url = raw[name];
    if (url && raw.APP_MODE === 'production' && !url.startsWith('https:') && !isLoopback(url)) {
      throw new ConfigError(`${name}: must be an https:// URL in production`);
    }
  }
  return { authorityHost: raw.AZURE_AUTHORITY_HOST.replace(/\/+$/, ''), jwksUri: raw.AZURE_JWKS_URI };
}

function common(raw: RawEnv, dataDir: string) {
  return {
    port: raw.PORT,
    publicUrl: raw.PUBLIC_URL,
    dataDir,
    database: {
      url: raw.DATABASE_URL,
      schema: raw.DATABASE_SCHEMA,
      sqliteFile: resolve(dataDir, 'referrals.sqlite'),
    },
    profile: loadProfile(raw.PARTNERSHIP_PROFILE),
    logLevel: raw.LOG_LEVEL,
    shutdownGraceMs: raw.SHUTDOWN_GRACE_MS,
    rateLimitPerMinute: raw.RATE_LIMIT_PER_MINUTE,
    workerPollMs: raw.WORKER_POLL_MS,
  };
}

/** The composition root's entry: the real process environment. */
export function loadConfigFromProcess(): AppConfig {
  return loadConfig(process.env);
}
