import { randomBytes } from 'node:crypto';
import { describe, it, expect } from '@jest/globals';
import { ContentDecryptionError, createContentCipher } from '../../../src/adapters/store/content-cipher.ts';
import { testCipher, testKeys } from './store-fixtures.ts';

const content = { child: { name: 'Marker Child' }, notes: ['é', '😀'] };

function flipByte(blob: Buffer, index: number): Buffer {
  const copy = Buffer.from(blob);
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
}

describe('content cipher', () => {
  it('decrypts what it encrypted with the same row binding', () => {
    const cipher = testCipher();
    const { keyId, blob } = cipher.encrypt(content, 'row-1');
    expect(keyId).toBe('k1');
    expect(cipher.decrypt(keyId, blob, 'row-1')).toEqual(content);
  });

  it('uses a fresh IV every time, so equal content never gives equal ciphertext', () => {
    const cipher = testCipher();
    const a = cipher.encrypt(content, 'row-1').blob;
    const b = cipher.encrypt(content, 'row-1').blob;
    expect(a.subarray(0, 12).equals(b.subarray(0, 12))).toBe(false);
    expect(a.equals(b)).toBe(false);
  });

  it('refuses ciphertext bound to another row', () => {
    const cipher = testCipher();
    const { keyId, blob } = cipher.encrypt(content, 'row-1');
    expect(() => cipher.decrypt(keyId, blob, 'row-2')).toThrow(ContentDecryptionError);
  });

  it.each([
    ['the IV', 0],
    ['the auth tag', 12],
    ['the ciphertext', 30],
  ])('refuses content whose %s was changed', (_part, index) => {
    const cipher = testCipher();
    const { keyId, blob } = cipher.encrypt(content, 'row-1');
    expect(() => cipher.decrypt(keyId, flipByte(blob, index), 'row-1')).toThrow(/failed authentication/);
  });

  it('refuses truncated content and unknown key ids with a clear error', () => {
    const cipher = testCipher();
    const { blob } = cipher.encrypt(content, 'row-1');
    expect(() => cipher.decrypt('k1', blob.subarray(0, 20), 'row-1')).toThrow(/truncated/);
    expect(() => cipher.decrypt('retired', blob, 'row-1')).toThrow(/Unknown encryption key id "retired"/);
  });

  it('keeps decrypting content of an older key after the active key changes', () => {
    const before = testCipher('k1').encrypt(content, 'row-1');
    const rotated = testCipher('k2');
    expect(rotated.decrypt(before.keyId, before.blob, 'row-1')).toEqual(content);
    expect(rotated.encrypt(content, 'row-1').keyId).toBe('k2');
  });

  it('rejects keys that are not 32 bytes and an active key id that is not configured', () => {
    expect(() =>
      createContentCipher({ keys: new Map([['short', randomBytes(16)]]), activeKeyId: 'short' }),
    ).toThrow(/32 bytes/);
    expect(() => createContentCipher({ keys: testKeys, activeKeyId: 'missing' })).toThrow(/not configured/);
  });

  it('rejects content that has no JSON form', () => {
    expect(() => testCipher().encrypt(undefined, 'row-1')).toThrow(TypeError);
  });
});
