import type { Theme } from '@fluentui/react-components';
import type { ApiClient } from '../shared/api/api-client.ts';
import { createApiClient } from '../shared/api/api-client.ts';
import {
  devSignIn,
  devTokenSource,
  fetchDevUsers,
  rememberedDevUser,
  type DevUserSummary,
} from '../shared/dev/dev-session.ts';
import { currentRoute } from '../shared/routing/current-route.ts';
import { prefetchRoute } from '../shared/workspace/prefetch-route.ts';
import { routeFromSubPageId } from '../shared/routing/routes.ts';
import { navigate } from '../shared/routing/hash-router.ts';
import { preloadScreen } from '../shared/shell/screen-modules.ts';
import type { ClientConfig } from '../shared/api/api-types.ts';
import { fetchClientConfig } from './auth/client-config.ts';
import { guessHost, hintedHostTimeoutMs, unhintedHostTimeoutMs } from './host/detect-host.ts';
import { browserTheme, fluentThemeFor } from './host/fluent-theme.ts';
import type { TeamsSession } from './host/teams-session.ts';
import { takeBootRequests, type BootRequests } from './boot/boot-requests.ts';

export interface TabStart {
  readonly teams: TeamsSession | undefined;
  readonly theme: Theme;
  readonly config: ClientConfig;
  /** Dev mode: the sample users, and the one signed in first with its API client (already fetching). */
  readonly dev:
    { readonly users: readonly DevUserSummary[]; readonly user: string; readonly api: ApiClient } | undefined;
}

/** Signs in as the remembered sample user (taking over the boot script's sign-in) and starts the first screen. */
function startDevSession(users: readonly DevUserSummary[], early: BootRequests['dev']): TabStart['dev'] {
  const user = users.some((u) => u.key === early.user) ? early.user : (users[0]?.key ?? 'referrer');
  const same = user === early.user;
  const api = createApiClient(devTokenSource(user, same ? early.token : undefined));
  prefetchRoute(api, currentRoute(), same ? early.screen : undefined);
  return { users, user, api };
}

/** The boot script's requests, or the same requests sent now when the page was started without it. */
function bootOrNow(win: Window): BootRequests {
  const boot = takeBootRequests(win);
  if (boot) return boot;
  const user = rememberedDevUser();
  const token = devSignIn(user);
  token.catch(() => undefined);
  return {
    clientConfig: fetch('/api/client-config', { headers: { Accept: 'application/json' } }),
    devUsers: fetch('/api/dev/users', { headers: { Accept: 'application/json' } }),
    dev: { user, token, screen: new Map() },
  };
}

async function connectIfHosted(win: Window): Promise<TeamsSession | undefined> {
  const guess = guessHost(win);
  if (!guess.maybeHosted) return undefined;
  const { connectToTeams } = await import(/* webpackChunkName: "teams" */ './host/connect-teams.ts');
  return connectToTeams(guess.hinted ? hintedHostTimeoutMs : unhintedHostTimeoutMs);
}

/**
 * Everything the tab needs before it can sign in, fetched in parallel: the host (Teams, or none in a plain
 * browser, known at once), its theme, the service's client config and, in dev mode, the sample users.
 */
export async function startTab(win: Window): Promise<TabStart> {
  const boot = bootOrNow(win);
  const [teams, config, devUsers] = await Promise.all([
    connectIfHosted(win),
    fetchClientConfig(boot.clientConfig),
    fetchDevUsers(boot.devUsers),
  ]);
  const theme = await fluentThemeFor(teams?.theme ?? browserTheme(win));
  // A deep link opens its referral, unless the address already names a screen (a reload keeps its place).
  const linked = routeFromSubPageId(teams?.subPageId);
  if (linked && (win.location.hash === '' || win.location.hash === '#/')) {
    preloadScreen(linked);
    navigate(linked, { replace: true });
  }
  return { teams, theme, config, dev: devUsers ? startDevSession(devUsers, boot.dev) : undefined };
}
