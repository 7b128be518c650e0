import { describe, it, expect } from '@jest/globals';
import { parseBotConfig, devManifestAppId } from '../../../src/config/bot-config.ts';
import { ConfigError } from '../../../src/config/config-error.ts';

const botId = '9d6b3d1e-2f4a-4c5b-8e7f-0a1b2c3d4e5f';

describe('the bot settings', () => {
  it('accepts unauthenticated activities only in dev mode, without credentials, and not under NODE_ENV=production', () => {
    expect(parseBotConfig({}, 'dev').allowUnauthenticated).toBe(true);
    expect(parseBotConfig({}, 'production').allowUnauthenticated).toBe(false);
    expect(parseBotConfig({ NODE_ENV: 'production' }, 'dev').allowUnauthenticated).toBe(false);
    expect(parseBotConfig({ BOT_ID: botId, BOT_PASSWORD: 'secret' }, 'dev').allowUnauthenticated).toBe(false);
  });

  it('takes a secret, a managed identity or a certificate, and only one', () => {
    expect(parseBotConfig({ BOT_APP_ID: botId, BOT_PASSWORD: 's' }, 'production').credential).toEqual({
      kind: 'secret',
      secret: 's',
    });
    expect(
      parseBotConfig({ BOT_ID: botId, BOT_MANAGED_IDENTITY_CLIENT_ID: 'system' }, 'production').credential,
    ).toEqual({
      kind: 'managed_identity',
      clientId: 'system',
    });
    expect(
      parseBotConfig(
        { BOT_ID: botId, BOT_CERTIFICATE_PATH: '/etc/bot.pem', AZURE_TENANT_ID: botId },
        'production',
      ).credential,
    ).toEqual({ kind: 'certificate', path: '/etc/bot.pem' });
    expect(() => parseBotConfig({ BOT_ID: botId }, 'production')).toThrow(/BOT_ID: needs a credential/);
    expect(() =>
      parseBotConfig({ BOT_ID: botId, BOT_PASSWORD: 's', BOT_CERTIFICATE_PATH: '/x' }, 'production'),
    ).toThrow(/only one bot credential/);
    expect(() => parseBotConfig({ BOT_PASSWORD: 's' }, 'production')).toThrow(/BOT_PASSWORD: needs BOT_ID/);
    expect(() => parseBotConfig({ BOT_ID: 'bot' }, 'production')).toThrow(ConfigError);
  });

  it('fills defaults and refuses plain-http endpoints in production', () => {
    const config = parseBotConfig({}, 'dev');
    expect(config).toMatchObject({
      manifestAppId: devManifestAppId,
      tabEntityId: 'workspace',
      graphEndpoint: 'https://graph.microsoft.com',
      connectorEndpoint: 'https://smba.trafficmanager.net/teams',
      teamsAppId: undefined,
    });
    expect(
      parseBotConfig({ GRAPH_ENDPOINT: 'https://graph.microsoft.us/v1.0/' }, 'production').graphEndpoint,
    ).toBe('https://graph.microsoft.us');
    expect(() =>
      parseBotConfig({ BOT_CONNECTOR_ENDPOINT: 'http://connector.example' }, 'production'),
    ).toThrow(/BOT_CONNECTOR_ENDPOINT: must be an https/);
    expect(parseBotConfig({ GRAPH_ENDPOINT: 'http://127.0.0.1:9999' }, 'production').graphEndpoint).toBe(
      'http://127.0.0.1:9999',
    );
    expect(() => parseBotConfig({ TAB_ENTITY_ID: 'bad id/../' }, 'dev')).toThrow(/TAB_ENTITY_ID/);
  });

  it('names the bot’s cloud, and takes another key publisher only over https in production', () => {
    expect(parseBotConfig({}, 'production')).toMatchObject({ cloud: 'public', openIdMetadataUrl: undefined });
    expect(parseBotConfig({ BOT_CLOUD: 'usgov' }, 'production').cloud).toBe('usgov');
    expect(() => parseBotConfig({ BOT_CLOUD: 'mars' }, 'production')).toThrow(/BOT_CLOUD/);
    expect(() =>
      parseBotConfig({ BOT_OPENID_METADATA_URL: 'http://keys.example/openidconfiguration' }, 'production'),
    ).toThrow(/BOT_OPENID_METADATA_URL: must be an https/);
  });
});
