import { parseRoute } from '../../shared/routing/routes.ts';
import { firstScreenPaths } from '../../shared/workspace/first-screen-paths.ts';
import { rememberedDevUser } from '../../shared/dev/dev-session.ts';

/**
 * The requests every start of the tab makes, sent by a tiny script that runs before the app's code has
 * downloaded and compiled. The app takes them over (`takeBootRequests`) instead of sending them again.
 */
export interface BootRequests {
  readonly clientConfig: Promise<Response>;
  readonly devUsers: Promise<Response>;
  /** In dev mode, the remembered sample user's sign-in, and the first screen's GETs signed with it. */
  readonly dev: {
    readonly user: string;
    readonly token: Promise<string>;
    readonly screen: ReadonlyMap<string, Promise<Response>>;
  };
}

const slot = '__practiceReviewReferralBoot';
type BootWindow = Window & { [slot]?: BootRequests };

const json = { Accept: 'application/json' };

export function startBootRequests(win: Window): void {
  const user = rememberedDevUser();
  // Outside dev mode the route does not exist: one quiet 404, and the app signs in with Entra ID instead.
  const token = fetch('/api/dev/sign-in', {
    method: 'POST',
    headers: { ...json, 'Content-Type': 'application/json' },
    body: JSON.stringify({ user }),
  }).then(async (response) => {
    if (!response.ok) throw new Error('no dev sign-in');
    return ((await response.json()) as { token: string }).token;
  });
  token.catch(() => undefined);
  const screen = new Map<string, Promise<Response>>();
  for (const path of firstScreenPaths(parseRoute(win.location.hash))) {
    const answer = token.then((t) =>
      fetch(path, { headers: { ...json, Authorization: `Bearer ${t}` }, cache: 'no-store' }),
    );
    answer.catch(() => undefined);
    screen.set(path, answer);
  }
  const clientConfig = fetch('/api/client-config', { headers: json });
  const devUsers = fetch('/api/dev/users', { headers: json });
  // Whoever takes these over handles their failures; until then they must not count as unhandled.
  clientConfig.catch(() => undefined);
  devUsers.catch(() => undefined);
  (win as BootWindow)[slot] = { clientConfig, devUsers, dev: { user, token, screen } };
}

/** The boot script's requests, once: a second start (or a page without the script) sends its own. */
export function takeBootRequests(win: Window): BootRequests | undefined {
  const requests = (win as BootWindow)[slot];
  delete (win as BootWindow)[slot];
  return requests;
}
