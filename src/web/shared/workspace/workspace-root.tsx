import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ApiClient } from '../api/api-client.ts';
import type { Me } from '../api/api-types.ts';
import { problemMessage } from '../api/api-error.ts';
import { useRoute } from '../routing/use-route.ts';
import { LazyErrorPanel as ErrorPanel } from '../shell/lazy-error-panel.tsx';
import { LoadingSkeleton } from '../shell/loading-skeleton.tsx';
import { ScreenRouter } from '../shell/screen-router.tsx';
import { WorkspaceShell } from '../shell/workspace-shell.tsx';
import type { NavItem } from '../shell/workspace-nav.tsx';
import { WorkspaceContext, hasRole, type HostInfo, type Workspace } from './workspace-context.ts';

const navFor = (me: Me): NavItem[] => [
  { label: 'Home', route: { screen: 'home' } },
  { label: 'Check a case', route: { screen: 'check' } },
  { label: 'Guidance', route: { screen: 'guidance' } },
  ...(hasRole(me, 'partnership')
    ? [{ label: 'Partnership', route: { screen: 'partnership' } } as const]
    : []),
];

/**
 * The referral workspace for any host: finds out who is signed in, then shows the screen the address names.
 * Hosts (the Teams tab, later the Outlook pane) supply the API client, the host facts and a banner.
 */
export function WorkspaceRoot(props: { api: ApiClient; host: HostInfo; banner?: ReactNode }) {
  const route = useRoute();
  const [me, setMe] = useState<Me>();
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setError(undefined);
    props.api.get<Me>('/api/me').then(
      (answer) => current && setMe(answer),
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [props.api, attempt]);

  const workspace = useMemo<Workspace | undefined>(
    () => (me ? { api: props.api, me, host: props.host } : undefined),
    [me, props.api, props.host],
  );

  if (!workspace) {
    return (
      <>
        {props.banner}
        {error === undefined ? (
          <LoadingSkeleton label="Signing you in" />
        ) : (
          <div style={{ padding: '24px' }}>
            <ErrorPanel
              title="You could not be signed in to the workspace"
              message={problemMessage(error)}
              onRetry={() => setAttempt((n) => n + 1)}
            />
          </div>
        )}
      </>
    );
  }
  return (
    <WorkspaceContext.Provider value={workspace}>
      <WorkspaceShell
        banner={props.banner}
        partnershipName={workspace.me.partnership.name}
        userName={workspace.me.displayName}
        navItems={navFor(workspace.me)}
        current={route.screen}
      >
        <ScreenRouter route={route} />
      </WorkspaceShell>
    </WorkspaceContext.Provider>
  );
}
