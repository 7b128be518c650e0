import { createCipheriv, createDecipheriv, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';

const ivLength = 12;
const tagLength = 16;

export interface ContentCipher {
  /** Encrypts the JSON form of `value`; `aad` binds the ciphertext to its row. */
  encrypt(value: unknown, aad: string): { keyId: string; blob: Buffer };
  decrypt(keyId: string, blob: Uint8Array, aad: string): unknown;
}

export interface ContentCipherOptions {
  /** 32-byte AES-256 keys by id; old ids stay listed after rotation so old rows still decrypt. */
  readonly keys: ReadonlyMap<string, Buffer>;
  readonly activeKeyId: string;
}

export class ContentDecryptionError extends Error {
  override name = 'ContentDecryptionError';
}

/** AES-256-GCM; blob = iv (12) | auth tag (16) | ciphertext. */
export function createContentCipher({ keys, activeKeyId }: ContentCipherOptions): ContentCipher {
  for (const [id, key] of keys) {
    if (key.length !== 32) throw new Error(`Encryption key "${id}" must be 32 bytes`);
  }
  // KeyObjects made once: turning a raw key into one on every call was a visible share of each request's CPU.
  const keyObjects = new Map<string, KeyObject>([...keys].map(([id, key]) => [id, createSecretKey(key)]));
  const activeKey = keyObjects.get(activeKeyId);
  if (!activeKey) throw new Error(`Active encryption key "${activeKeyId}" is not configured`);

  return {
    encrypt(value, aad) {
      const json = JSON.stringify(value) as string | undefined;
      if (json === undefined) throw new TypeError('Content must be JSON-serialisable');
      const iv = randomBytes(ivLength);
      const cipher = createCipheriv('aes-256-gcm', activeKey, iv, { authTagLength: tagLength });
      cipher.setAAD(Buffer.from(aad, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(json, 'utf8'), cipher.final()]);
      return { keyId: activeKeyId, blob: Buffer.concat([iv, cipher.getAuthTag(), ciphertext]) };
    },

    decrypt(keyId, blob, aad) {
      const key = keyObjects.get(keyId);
      if (!key) throw new ContentDecryptionError(`Unknown encryption key id "${keyId}"`);
      const bytes = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
      if (bytes.length < ivLength + tagLength)
        throw new ContentDecryptionError('Encrypted content is truncated');
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, ivLength), {
        authTagLength: tagLength,
      });
      decipher.setAAD(Buffer.from(aad, 'utf8'));
      decipher.setAuthTag(bytes.subarray(ivLength, ivLength + tagLength));
      let json: string;
      try {
        json = Buffer.concat([
          decipher.update(bytes.subarray(ivLength + tagLength)),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        throw new ContentDecryptionError(
          'Encrypted content failed authentication (tampered, or bound to another row)',
        );
      }
      return JSON.parse(json) as unknown;
    },
  };
}
