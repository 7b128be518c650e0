import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError } from './config-error.ts';

const devSecretsSchema = z.object({
  encryptionKey: z.base64(),
  tokenSigningKey: z.base64(),
});

export interface DevSecrets {
  readonly encryptionKey: Buffer;
  readonly tokenSigningKey: Buffer;
  readonly created: boolean;
}

/**
 * Dev mode only: keys generated once into the data directory so a restart can still read the data.
 * Production keys always come from the environment.
 */
export function loadOrCreateDevSecrets(dataDir: string): DevSecrets {
  const file = join(dataDir, 'dev-secrets.json');
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    const parsed = devSecretsSchema.safeParse(parseJson(text));
    if (!parsed.success)
      throw new ConfigError(`DATA_DIR: ${file} is damaged; remove the data directory to start afresh`);
    return {
      encryptionKey: Buffer.from(parsed.data.encryptionKey, 'base64'),
      tokenSigningKey: Buffer.from(parsed.data.tokenSigningKey, 'base64'),
      created: false,
    };
  }
  const secrets = { encryptionKey: randomBytes(32), tokenSigningKey: randomBytes(32) };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(
    file,
    JSON.stringify({
      encryptionKey: secrets.encryptionKey.toString('base64'),
      tokenSigningKey: secrets.tokenSigningKey.toString('base64'),
    }),
    { mode: 0o600, flag: 'wx' },
  );
  return { ...secrets, created: true };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
