import { describe, it, expect } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/app-config.ts';
import { ConfigError } from '../../src/config/config-error.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'prr-config-'));
const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');
const production = {
  APP_MODE: 'production',
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://db.internal/referrals',
  ENCRYPTION_KEYS: `k1:${key(1)}`,
  AZURE_TENANT_ID: 'aaaaaaaa-0000-4000-8000-000000000001',
  AZURE_CLIENT_ID: 'bbbbbbbb-0000-4000-8000-000000000002',
  MAIL_TRANSPORT: 'graph',
  MAIL_SENDER: 'referrals@agency.example',
  AZURE_USE_MANAGED_IDENTITY: 'true',
};

describe('configuration', () => {
  it('starts on the embedded defaults with nothing set', () => {
    const dir = tempDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config.mode).toBe('dev');
    expect(config.port).toBe(3978);
    expect(config.database.url).toBeUndefined();
    expect(config.database.sqliteFile).toBe(join(dir, 'referrals.sqlite'));
    expect(config.profile.shortName).toBe('SSCP');
    expect(config.auth.devSigningKey).toBeInstanceOf(Buffer);
  });

  it('generates dev keys once, warns about it, and reuses them after a restart', () => {
    const dir = tempDir();
    const first = loadConfig({ DATA_DIR: dir });
    expect(first.warnings.join()).toMatch(/generated an encryption key/);
    const second = loadConfig({ DATA_DIR: dir });
    expect(second.warnings).toEqual([]);
    expect(second.encryption.keys.get('dev')).toEqual(first.encryption.keys.get('dev'));
    expect(JSON.parse(readFileSync(join(dir, 'dev-secrets.json'), 'utf8'))).toHaveProperty('encryptionKey');
  });

  it('refuses dev mode under NODE_ENV=production, naming APP_MODE', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: tempDir() })).toThrow(/APP_MODE/);
  });

  it('names every missing production setting', () => {
    expect(() => loadConfig({ APP_MODE: 'production' })).toThrow(
      /DATABASE_URL, ENCRYPTION_KEYS, AZURE_TENANT_ID, AZURE_CLIENT_ID/,
    );
  });

  it('has no dev sign-in key in production', () => {
    const config = loadConfig(production);
    expect(config.mode).toBe('production');
    expect(config.auth.devSigningKey).toBeUndefined();
    expect(config.auth.allowedTenantIds).toEqual([production.AZURE_TENANT_ID]);
    expect(config.host).toBe('0.0.0.0');
  });

  it('names malformed settings', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATA_DIR: tempDir() })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x', DATA_DIR: tempDir() })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ ...production, ENCRYPTION_KEYS: 'k1:c2hvcnQ=' })).toThrow(
      /ENCRYPTION_KEYS.*32 bytes/,
    );
    expect(() => loadConfig({ ...production, ENCRYPTION_ACTIVE_KEY_ID: 'k9' })).toThrow(
      /ENCRYPTION_ACTIVE_KEY_ID/,
    );
  });

  it('keeps old keys for decryption and encrypts with the active one after rotation', () => {
    const config = loadConfig({ ...production, ENCRYPTION_KEYS: `k1:${key(1)},k2:${key(2)}` });
    expect(config.encryption.activeKeyId).toBe('k2');
    expect([...config.encryption.keys.keys()]).toEqual(['k1', 'k2']);
  });

  it('is frozen', () => {
    const config = loadConfig({ DATA_DIR: tempDir() });
    expect(Object.isFrozen(config)).toBe(true);
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow(TypeError);
  });

  it('throws ConfigError, which main turns into a message and exit code 1', () => {
    expect(() => loadConfig({ APP_MODE: 'staging' })).toThrow(ConfigError);
  });
});
