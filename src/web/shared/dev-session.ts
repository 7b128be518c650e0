export interface DevUserSummary {
  readonly key: string;
  readonly displayName: string;
  readonly jobTitle: string;
}

/** Dev mode is on when the service offers its sample users; in production the path does not exist. */
export async function fetchDevUsers(): Promise<DevUserSummary[] | undefined> {
  const response = await fetch('/api/dev/users', { headers: { Accept: 'application/json' } });
  return response.ok ? ((await response.json()) as DevUserSummary[]) : undefined;
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
