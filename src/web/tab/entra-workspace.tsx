import { useEffect, useMemo, useRef, useState } from 'react';
import { createApiClient, type TokenSource } from '../shared/api/api-client.ts';
import { LoadingSkeleton } from '../shared/shell/loading-skeleton.tsx';
import { WorkspaceRoot } from '../shared/workspace/workspace-root.tsx';
import { prefetchRoute } from '../shared/workspace/prefetch-route.ts';
import { currentRoute } from '../shared/routing/current-route.ts';
import { apiScopeOf } from './auth/client-config.ts';
import { SignInProblem, classifySignInError, type SignInProblemKind } from './auth/sign-in-problem.ts';
import { acquireToken } from './auth/sign-in-flow.ts';
import type { TokenClient } from './auth/token-client.ts';
import { SignInPrompt } from './sign-in-prompt.tsx';
import type { TabStart } from './start-tab.ts';

async function loadTokenClient(start: TabStart): Promise<TokenClient> {
  const scope = apiScopeOf(start.config);
  if (!start.config.clientId || !scope) throw new SignInProblem('not-configured');
  const { createMsalTokenClient } = await import(
    /* webpackChunkName: "msal" */ './auth/msal-token-client.ts'
  );
  return createMsalTokenClient({
    clientId: start.config.clientId,
    authorityHost: start.config.authorityHost ?? 'https://login.microsoftonline.com',
    tenantId: start.teams?.tenantId ?? start.config.tenantId,
    scope,
    loginHint: start.teams?.loginHint,
    userObjectId: start.teams?.userObjectId,
    redirectUri: `${window.location.origin}/tab`,
  });
}

/**
 * Production sign-in: a token for the app's API through nested app authentication (MSAL, loaded on demand).
 * Silent first; inside a host one interactive attempt follows at once, in a plain browser it waits for a click
 * (browsers block pop-ups that no one asked for).
 */
export function EntraWorkspace({ start }: { start: TabStart }) {
  const client = useRef<Promise<TokenClient>>(undefined);
  const [signedIn, setSignedIn] = useState(false);
  const [problem, setProblem] = useState<SignInProblemKind>();
  const [busy, setBusy] = useState(false);
  const hosted = start.teams !== undefined;

  const attempt = async (allowInteractive: boolean) => {
    setBusy(true);
    try {
      client.current ??= loadTokenClient(start);
      await acquireToken(await client.current, { allowInteractive });
      prefetchRoute(api, currentRoute());
      setProblem(undefined);
      setSignedIn(true);
    } catch (error) {
      client.current = error instanceof SignInProblem ? client.current : undefined;
      const kind = classifySignInError(error);
      setProblem(kind);
      if (kind === 'not-configured') start.teams?.notifyFailure('Sign-in is not configured', 'AuthFailed');
      else start.teams?.notifySuccess();
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    void attempt(hosted);
    // Once per tab start: later attempts come from the Sign in button.
  }, []);

  const api = useMemo(() => {
    const tokens: TokenSource = async (options) =>
      acquireToken(await (client.current ?? loadTokenClient(start)), {
        fresh: options?.fresh ?? false,
        allowInteractive: hosted,
      });
    return createApiClient(tokens);
  }, [start, hosted]);
  const host = useMemo(
    () => ({ kind: hosted ? ('teams' as const) : ('browser' as const), devMode: false }),
    [hosted],
  );

  if (signedIn) return <WorkspaceRoot api={api} host={host} />;
  if (!problem) return <LoadingSkeleton label="Signing you in" />;
  return <SignInPrompt kind={problem} busy={busy} onSignIn={() => void attempt(true)} />;
}
