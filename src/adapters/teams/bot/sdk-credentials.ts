import { ClientCertificateCredential } from '@azure/identity';
import type { AppOptions, IPlugin } from '@microsoft/teams.apps';
import type { BotConfig } from '../../../config/bot-config.ts';

type CredentialOptions = Pick<
  AppOptions<IPlugin>,
  'clientId' | 'clientSecret' | 'tenantId' | 'managedIdentityClientId' | 'token'
>;

/**
 * The SDK's credential options from our config. Every field is given (empty when unused) because the
 * SDK otherwise falls back to CLIENT_ID, CLIENT_SECRET, TENANT_ID and MANAGED_IDENTITY_CLIENT_ID from
 * the environment, which would change how the bot authenticates behind the config's back.
 */
export function sdkCredentials(bot: BotConfig): CredentialOptions {
  const unused = {
    clientId: '',
    clientSecret: '',
    tenantId: bot.tenantId ?? '',
    managedIdentityClientId: '',
  };
  const appId = bot.appId;
  const { credential } = bot;
  if (!appId || credential.kind === 'none') return unused;
  switch (credential.kind) {
    case 'secret':
      return { ...unused, clientId: appId, clientSecret: credential.secret };
    case 'managed_identity':
      return { ...unused, clientId: appId, managedIdentityClientId: credential.clientId };
    case 'certificate': {
      const certificate = new ClientCertificateCredential(bot.tenantId ?? '', appId, {
        certificatePath: credential.path,
      });
      return {
        ...unused,
        clientId: appId,
        token: async (scope) => (await certificate.getToken(scope)).token,
      };
    }
  }
}
