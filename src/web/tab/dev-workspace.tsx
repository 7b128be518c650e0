import { useMemo, useState } from 'react';
import { createApiClient, type ApiClient } from '../shared/api/api-client.ts';
import { devTokenSource, rememberDevUser, type DevUserSummary } from '../shared/dev/dev-session.ts';
import { WorkspaceRoot } from '../shared/workspace/workspace-root.tsx';
import { DevModeBanner } from '../shared/dev/dev-mode-banner.tsx';

/** Dev mode: the service's sample users stand in for Entra ID sign-in, and every page says so. */
export function DevWorkspace(props: {
  users: readonly DevUserSummary[];
  /** The sample user signed in while the tab started, with its client (its first requests under way). */
  initial: { readonly user: string; readonly api: ApiClient };
  hosted: boolean;
}) {
  const [user, setUser] = useState(props.initial.user);
  const api = useMemo(
    () => (user === props.initial.user ? props.initial.api : createApiClient(devTokenSource(user))),
    [user, props.initial],
  );
  const host = useMemo(
    () => ({ kind: props.hosted ? ('teams' as const) : ('browser' as const), devMode: true }),
    [props.hosted],
  );
  const banner = (
    <DevModeBanner
      users={props.users}
      current={user}
      onChange={(next) => {
        rememberDevUser(next);
        setUser(next);
      }}
    />
  );
  return <WorkspaceRoot key={user} api={api} host={host} banner={banner} />;
}
