import { accessSync, constants } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError } from './config-error.ts';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const httpUrl = z.url({ protocol: /^https?$/ });

/** A mailbox for `/users/{id}`: its address (user principal name) or its Entra object id. */
const mailboxId = z.union([z.email(), z.uuid()]);

/** The environment variables mail delivery reads. */
export const mailEnvSchema = z.object({
  DATA_DIR: z.string().trim().min(1).default('./data'),
  MAIL_TRANSPORT: z.enum(['file', 'graph']).optional(),
  MAIL_SENDER: mailboxId.optional().or(z.literal('').transform(() => undefined)),
  GRAPH_ENDPOINT: httpUrl.default('https://graph.microsoft.com/v1.0'),
  GRAPH_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(50).max(50_000).default(20_000),
  AZURE_AUTHORITY_HOST: httpUrl.default('https://login.microsoftonline.com'),
  AZURE_TENANT_ID: optionalText,
  AZURE_CLIENT_ID: optionalText,
  AZURE_CLIENT_SECRET: optionalText,
  AZURE_CLIENT_CERTIFICATE_PATH: optionalText,
  AZURE_USE_MANAGED_IDENTITY: z.enum(['true', 'false']).optional(),
  /** A user-assigned managed identity; without it the system-assigned one is used. */
  AZURE_MANAGED_IDENTITY_CLIENT_ID: optionalText,
});

export type MailCredentialConfig =
  | { readonly kind: 'managed_identity'; readonly clientId: string | undefined }
  | { readonly kind: 'certificate'; readonly clientId: string; readonly certificatePath: string }
  | { readonly kind: 'secret'; readonly clientId: string; readonly clientSecret: string };

export interface FileMailConfig {
  readonly transport: 'file';
  /** The From address written into each .eml. */
  readonly sender: string;
  /** `<DATA_DIR>/outbox` */
  readonly outboxDir: string;
}

export interface GraphMailConfig {
  readonly transport: 'graph';
  /** The mailbox the referrals are sent from (UPN or object id). */
  readonly sender: string;
  readonly graphEndpoint: string;
  /** `<Graph origin>/.default`, so national clouds get their own audience. */
  readonly graphScope: string;
  readonly requestTimeoutMs: number;
  readonly authorityHost: string;
  readonly tenantId: string;
  readonly credential: MailCredentialConfig;
}

export type MailConfig = FileMailConfig | GraphMailConfig;

const devSender = 'referrals@practice-review-referral.invalid';
const isLoopback = (url: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);

function credentialOf(
  env: z.infer<typeof mailEnvSchema>,
  problems: string[],
): MailCredentialConfig | undefined {
  const managed = env.AZURE_USE_MANAGED_IDENTITY === 'true';
  const chosen = [
    ...(env.AZURE_CLIENT_CERTIFICATE_PATH ? ['AZURE_CLIENT_CERTIFICATE_PATH'] : []),
    ...(managed ? ['AZURE_USE_MANAGED_IDENTITY'] : []),
    ...(env.AZURE_CLIENT_SECRET ? ['AZURE_CLIENT_SECRET'] : []),
  ];
  if (chosen.length !== 1) {
    problems.push(
      chosen.length === 0
        ? 'AZURE_CLIENT_CERTIFICATE_PATH, AZURE_USE_MANAGED_IDENTITY=true or AZURE_CLIENT_SECRET: Graph mail needs one credential'
        : `${chosen.join(', ')}: set only one Graph credential`,
    );
    return undefined;
  }
  if (managed) return { kind: 'managed_identity', clientId: env.AZURE_MANAGED_IDENTITY_CLIENT_ID };
  if (!env.AZURE_CLIENT_ID) {
    problems.push('AZURE_CLIENT_ID: needed with a certificate or a client secret');
    return undefined;
  }
  const certificatePath = env.AZURE_CLIENT_CERTIFICATE_PATH;
  if (certificatePath) {
    try {
      accessSync(certificatePath, constants.R_OK);
    } catch {
      problems.push('AZURE_CLIENT_CERTIFICATE_PATH: the file cannot be read');
    }
    return { kind: 'certificate', clientId: env.AZURE_CLIENT_ID, certificatePath: resolve(certificatePath) };
  }
  return { kind: 'secret', clientId: env.AZURE_CLIENT_ID, clientSecret: env.AZURE_CLIENT_SECRET ?? '' };
}

function graphConfig(env: z.infer<typeof mailEnvSchema>, mode: 'dev' | 'production'): GraphMailConfig {
  const problems: string[] = [];
  if (!env.MAIL_SENDER)
    problems.push('MAIL_SENDER: the sending mailbox is required with MAIL_TRANSPORT=graph');
  if (!env.AZURE_TENANT_ID) problems.push('AZURE_TENANT_ID: required with MAIL_TRANSPORT=graph');
  for (const name of ['GRAPH_ENDPOINT', 'AZURE_AUTHORITY_HOST'] as const) {
    const url = env[name];
    if (mode === 'production' && !url.startsWith('https:') && !isLoopback(url)) {
      problems.push(`${name}: must be an https:// URL in production`);
    }
  }
  const credential = credentialOf(env, problems);
  if (problems.length > 0 || !credential) {
    throw new ConfigError(`Invalid mail settings:\n  ${problems.join('\n  ')}`);
  }
  return {
    transport: 'graph',
    sender: env.MAIL_SENDER ?? '',
    graphEndpoint: env.GRAPH_ENDPOINT.replace(/\/+$/, ''),
    graphScope: `${new URL(env.GRAPH_ENDPOINT).origin}/.default`,
    requestTimeoutMs: env.GRAPH_REQUEST_TIMEOUT_MS,
    authorityHost: env.AZURE_AUTHORITY_HOST.replace(/\/+$/, ''),
    tenantId: env.AZURE_TENANT_ID ?? '',
    credential,
  };
}

/**
 * Mail delivery settings: `MAIL_TRANSPORT=file` (the dev default) writes .eml files to
 * `<DATA_DIR>/outbox`; `graph` (required in production) sends through Microsoft Graph.
 */
export function parseMailConfig(
  env: Readonly<Record<string, string | undefined>>,
  mode: 'dev' | 'production',
): MailConfig {
  const parsed = mailEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid mail settings:\n  ${problems.join('\n  ')}`);
  }
  const raw = parsed.data;
  const transport = raw.MAIL_TRANSPORT ?? (mode === 'dev' ? 'file' : undefined);
  if (mode === 'production' && transport !== 'graph') {
    throw new ConfigError('MAIL_TRANSPORT: must be graph in production (file only writes mail to disk)');
  }
  if (transport === 'graph') return Object.freeze(graphConfig(raw, mode));
  return Object.freeze({
    transport: 'file',
    sender: raw.MAIL_SENDER && raw.MAIL_SENDER.includes('@') ? raw.MAIL_SENDER : devSender,
    outboxDir: resolve(raw.DATA_DIR, 'outbox'),
  });
}
