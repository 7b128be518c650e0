import { ConfigError } from './config-error.ts';

export interface EncryptionKeys {
  readonly keys: ReadonlyMap<string, Buffer>;
  readonly activeKeyId: string;
}

/** Parses `ENCRYPTION_KEYS=id1:<base64 32 bytes>,id2:<...>`; the active id defaults to the last one listed. */
export function parseEncryptionKeys(spec: string, activeKeyId: string | undefined): EncryptionKeys {
  const keys = new Map<string, Buffer>();
  for (const entry of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [id, material, ...rest] = entry.split(':');
    if (!id || !material || rest.length > 0 || !/^[A-Za-z0-9_-]{1,32}$/.test(id)) {
      throw new ConfigError('ENCRYPTION_KEYS: each entry must be <key-id>:<base64 key>');
    }
    const key = Buffer.from(material, 'base64');
    if (key.length !== 32) throw new ConfigError(`ENCRYPTION_KEYS: key "${id}" must be 32 bytes (AES-256)`);
    if (keys.has(id)) throw new ConfigError(`ENCRYPTION_KEYS: key id "${id}" appears twice`);
    keys.set(id, key);
  }
  const active = activeKeyId ?? [...keys.keys()].at(-1);
  if (!active) throw new ConfigError('ENCRYPTION_KEYS: no key given');
  if (!keys.has(active))
    throw new ConfigError(`ENCRYPTION_ACTIVE_KEY_ID: "${active}" is not in ENCRYPTION_KEYS`);
  return { keys, activeKeyId: active };
}
