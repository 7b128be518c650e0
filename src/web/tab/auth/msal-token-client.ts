import {
  createNestablePublicClientApplication,
  type AccountInfo,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { TokenClient } from './token-client.ts';

export interface MsalOptions {
  readonly clientId: string;
  /** e.g. https://login.microsoftonline.com; national clouds have their own. */
  readonly authorityHost: string;
  readonly tenantId: string | null;
  readonly scope: string;
  readonly loginHint: string | undefined;
  readonly userObjectId: string | undefined;
  /** The tab itself: it finishes a popup sign-in when it loads with the answer (see auth-redirect.ts). */
  readonly redirectUri: string;
}

function findAccount(pca: IPublicClientApplication, options: MsalOptions): AccountInfo | null {
  const filter = {
    ...(options.loginHint ? { loginHint: options.loginHint } : {}),
    ...(options.tenantId ? { tenantId: options.tenantId } : {}),
    ...(options.userObjectId && options.tenantId
      ? { homeAccountId: `${options.userObjectId}.${options.tenantId}` }
      : {}),
  };
  return (Object.keys(filter).length > 0 ? pca.getAccount(filter) : null) ?? pca.getAllAccounts()[0] ?? null;
}

/**
 * Nested app authentication: inside Teams or Outlook the host signs the person in and hands out tokens;
 * in a plain browser MSAL falls back to a standard client with a popup.
 */
export async function createMsalTokenClient(options: MsalOptions): Promise<TokenClient> {
  const pca = await createNestablePublicClientApplication({
    auth: {
      clientId: options.clientId,
      authority: `${options.authorityHost}/${options.tenantId ?? 'organizations'}`,
      redirectUri: options.redirectUri,
    },
    cache: { cacheLocation: 'sessionStorage' },
  });
  const scopes = [options.scope];
  const remember = (account: AccountInfo | null) => {
    if (account) pca.setActiveAccount(account);
  };
  return {
    async silent({ fresh }) {
      const account = pca.getActiveAccount() ?? findAccount(pca, options);
      const result = account
        ? await pca.acquireTokenSilent({ scopes, account, forceRefresh: fresh })
        : await pca.ssoSilent({ scopes, ...(options.loginHint ? { loginHint: options.loginHint } : {}) });
      remember(result.account);
      return result.accessToken;
    },
    async interactive() {
      const result = await pca.acquireTokenPopup({
        scopes,
        ...(options.loginHint ? { loginHint: options.loginHint } : {}),
      });
      remember(result.account);
      return result.accessToken;
    },
  };
}
