import {
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
  type TokenCredential,
} from '@azure/identity';
import { MailTransportError } from '../../app/ports/mail-transport.ts';
import type { GraphMailConfig } from '../../config/mail-config.ts';
import type { GraphTokenSource } from './graph-http.ts';

/** Microsoft's own sign-in hosts, for which MSAL has cloud metadata built in. */
const knownAuthorityHosts = new Set([
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn',
]);

/** The app's identity for Graph: a managed identity, a certificate, or (last resort) a client secret. */
export function createGraphCredential(config: GraphMailConfig): TokenCredential {
  const authority = {
    authorityHost: config.authorityHost,
    // Instance discovery asks login.microsoftonline.com about the host; pointless for any other host.
    disableInstanceDiscovery: !knownAuthorityHosts.has(new URL(config.authorityHost).hostname),
  };
  const credential = config.credential;
  switch (credential.kind) {
    case 'managed_identity':
      return credential.clientId
        ? new ManagedIdentityCredential({ clientId: credential.clientId })
        : new ManagedIdentityCredential();
    case 'certificate':
      return new ClientCertificateCredential(
        config.tenantId,
        credential.clientId,
        { certificatePath: credential.certificatePath },
        authority,
      );
    case 'secret':
      return new ClientSecretCredential(
        config.tenantId,
        credential.clientId,
        credential.clientSecret,
        authority,
      );
  }
}

/**
 * Tokens for Graph (the credential caches and refreshes them). No token means no request was made, so
 * the failure is `unauthorized`: certainly nothing was sent.
 */
export function graphTokenSource(credential: TokenCredential, scope: string): GraphTokenSource {
  return async (signal) => {
    let token: Awaited<ReturnType<TokenCredential['getToken']>>;
    try {
      token = await credential.getToken(scope, { abortSignal: signal });
    } catch {
      throw new MailTransportError('unauthorized', 'token_unavailable');
    }
    if (!token) throw new MailTransportError('unauthorized', 'token_unavailable');
    return token.token;
  };
}
