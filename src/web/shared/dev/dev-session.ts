export interface DevUserSummary {
  readonly key: string;
  readonly displayName: string;
  readonly jobTitle: string;
}

/** Dev mode is on when the service offers its sample users; in production the path does not exist. */
export async function fetchDevUsers(started?: Promise<Response>): Promise<DevUserSummary[] | undefined> {
  try {
    const response = await (started ?? fetch('/api/dev/users', { headers: { Accept: 'application/json' } }));
    return response.ok ? ((await response.json()) as DevUserSummary[]) : undefined;
  } catch {
    return undefined;
  }
}

export async function devSignIn(user: string): Promise<string> {
  const response = await fetch('/api/dev/sign-in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  if (!response.ok) throw new Error('Dev sign-in failed');
  return ((await response.json()) as { token: string }).token;
}

/**
 * A token source for one sample user: signs in once (or takes a sign-in already under way) and again only when
 * the service refuses the token.
 */
export function devTokenSource(
  user: string,
  started?: Promise<string>,
): (options?: { fresh?: boolean }) => Promise<string> {
  let token: Promise<string> | undefined = started;
  return (options) => {
    if (!token || options?.fresh) {
      token = devSignIn(user);
      token.catch(() => (token = undefined));
    }
    return token;
  };
}

const storageKey = 'prr.devUser';

/** The sample user chosen last in this browser tab (dev mode only), so a reload keeps it. */
export const rememberedDevUser = (): string => {
  try {
    return sessionStorage.getItem(storageKey) ?? 'referrer';
  } catch {
    return 'referrer';
  }
};

export const rememberDevUser = (user: string): void => {
  try {
    sessionStorage.setItem(storageKey, user);
  } catch {
    // storage blocked (some embedded browsers): the choice lasts until reload
  }
};
