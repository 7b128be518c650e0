import { describe, it, expect } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError } from '../../../src/config/config-error.ts';
import { parseMailConfig } from '../../../src/config/mail-config.ts';

const tenant = {
  AZURE_TENANT_ID: 'aaaaaaaa-0000-4000-8000-000000000001',
  AZURE_CLIENT_ID: 'bbbbbbbb-0000-4000-8000-000000000002',
};
const certificateFile = () => {
  const path = join(mkdtempSync(join(tmpdir(), 'prr-mailcfg-')), 'app.pem');
  writeFileSync(path, 'not checked here');
  return path;
};
const graph = (extra: Record<string, string> = {}) => ({
  MAIL_TRANSPORT: 'graph',
  MAIL_SENDER: 'referrals@agency.example',
  ...tenant,
  AZURE_CLIENT_CERTIFICATE_PATH: certificateFile(),
  ...extra,
});

describe('mail settings', () => {
  it('default to the .eml outbox under DATA_DIR in dev mode', () => {
    expect(parseMailConfig({ DATA_DIR: '/tmp/prr-data' }, 'dev')).toEqual({
      transport: 'file',
      sender: 'referrals@practice-review-referral.invalid',
      outboxDir: resolve('/tmp/prr-data/outbox'),
    });
  });

  it('require Graph in production, naming MAIL_TRANSPORT', () => {
    expect(() => parseMailConfig({}, 'production')).toThrow(ConfigError);
    expect(() => parseMailConfig({ MAIL_TRANSPORT: 'file' }, 'production')).toThrow(/MAIL_TRANSPORT/);
  });

  it('with Graph, name every missing setting', () => {
    expect(() => parseMailConfig({ MAIL_TRANSPORT: 'graph' }, 'production')).toThrow(
      /MAIL_SENDER[\s\S]*AZURE_TENANT_ID[\s\S]*AZURE_CLIENT_CERTIFICATE_PATH, AZURE_USE_MANAGED_IDENTITY=true or AZURE_CLIENT_SECRET/,
    );
    expect(() => parseMailConfig({ ...graph(), AZURE_CLIENT_ID: '' }, 'production')).toThrow(
      /AZURE_CLIENT_ID/,
    );
    expect(() =>
      parseMailConfig({ ...graph(), AZURE_CLIENT_CERTIFICATE_PATH: '/nowhere/app.pem' }, 'production'),
    ).toThrow(/AZURE_CLIENT_CERTIFICATE_PATH: the file cannot be read/);
  });

  it('refuse two credentials at once rather than guess', () => {
    expect(() =>
      parseMailConfig(graph({ AZURE_CLIENT_SECRET: 'x', AZURE_USE_MANAGED_IDENTITY: 'true' }), 'production'),
    ).toThrow(/AZURE_CLIENT_CERTIFICATE_PATH, AZURE_USE_MANAGED_IDENTITY, AZURE_CLIENT_SECRET: set only one/);
  });

  it('with a certificate: the Graph scope from the endpoint, the authority from AZURE_AUTHORITY_HOST', () => {
    const config = parseMailConfig(
      graph({
        GRAPH_ENDPOINT: 'https://graph.microsoft.us/v1.0/',
        AZURE_AUTHORITY_HOST: 'https://login.microsoftonline.us/',
      }),
      'production',
    );
    expect(config).toMatchObject({
      transport: 'graph',
      sender: 'referrals@agency.example',
      graphEndpoint: 'https://graph.microsoft.us/v1.0',
      graphScope: 'https://graph.microsoft.us/.default',
      authorityHost: 'https://login.microsoftonline.us',
      requestTimeoutMs: 20_000,
      credential: { kind: 'certificate', clientId: tenant.AZURE_CLIENT_ID },
    });
  });

  it('with a managed identity: system-assigned, or user-assigned by its client id; no client secret needed', () => {
    const managed = {
      MAIL_TRANSPORT: 'graph',
      MAIL_SENDER: 'referrals@agency.example',
      AZURE_TENANT_ID: tenant.AZURE_TENANT_ID,
      AZURE_USE_MANAGED_IDENTITY: 'true',
    };
    expect(parseMailConfig(managed, 'production')).toMatchObject({
      credential: { kind: 'managed_identity', clientId: undefined },
    });
    expect(
      parseMailConfig(
        { ...managed, AZURE_MANAGED_IDENTITY_CLIENT_ID: 'cccccccc-0000-4000-8000-000000000003' },
        'production',
      ),
    ).toMatchObject({
      credential: { kind: 'managed_identity', clientId: 'cccccccc-0000-4000-8000-000000000003' },
    });
  });

  it('refuse plain-http endpoints in production except on loopback', () => {
    expect(() =>
      parseMailConfig(graph({ GRAPH_ENDPOINT: 'http://graph.example/v1.0' }), 'production'),
    ).toThrow(/GRAPH_ENDPOINT: must be an https:\/\/ URL in production/);
    expect(
      parseMailConfig(graph({ GRAPH_ENDPOINT: 'http://127.0.0.1:4000/v1.0' }), 'production'),
    ).toMatchObject({
      graphScope: 'http://127.0.0.1:4000/.default',
    });
  });

  it('accept the sending mailbox as an address or an object id, nothing else', () => {
    expect(
      parseMailConfig(graph({ MAIL_SENDER: 'dddddddd-0000-4000-8000-000000000004' }), 'dev'),
    ).toMatchObject({
      sender: 'dddddddd-0000-4000-8000-000000000004',
    });
    expect(() => parseMailConfig(graph({ MAIL_SENDER: 'not a mailbox' }), 'dev')).toThrow(/MAIL_SENDER/);
  });
});
