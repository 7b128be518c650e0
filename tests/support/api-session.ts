import type { DevUserKey } from '../../src/adapters/auth/dev-users.ts';
import { devUsers } from '../../src/adapters/auth/dev-users.ts';
import type { ReferralView } from '../../src/app/referrals/referral-view.ts';
import { aCompleteReferral } from './referral-builder.ts';
import type { TestApp } from './test-app.ts';

export interface ApiResponse<T = unknown> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
  readonly text: string;
}

export interface ApiSession {
  request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<ApiResponse<T>>;
  get<T = unknown>(path: string): Promise<ApiResponse<T>>;
  post<T = unknown>(path: string, body?: unknown): Promise<ApiResponse<T>>;
  patch<T = unknown>(path: string, body: unknown, version: number | undefined): Promise<ApiResponse<T>>;
}

/** Calls the API as a dev user (or with a given raw token, or none). */
export function apiAs(app: TestApp, who: DevUserKey | { token: string | null }): ApiSession {
  const token = async () => (typeof who === 'string' ? app.tokenFor(who) : who.token);
  const request = async <T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const bearer = await token();
    const response = await fetch(`${app.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: the test looks at `text`
    }
    return { status: response.status, body: parsed as T, headers: response.headers, text };
  };
  return {
    request,
    get: (path) => request('GET', path),
    post: (path, body = {}) => request('POST', path, body),
    patch: (path, body, version) =>
      request('PATCH', path, body, version === undefined ? {} : { 'If-Match': `"${version}"` }),
  };
}

export const userId = (user: DevUserKey): string => devUsers[user].userId;

/** A draft owned by `owner`, filled in completely so it can be submitted. */
export async function aReadyDraft(
  app: TestApp,
  owner: DevUserKey = 'referrer',
  childName = 'Child A',
): Promise<ReferralView> {
  const api = apiAs(app, owner);
  const created = await api.post<ReferralView>('/api/referrals', {});
  const agencyId = devUsers[owner].agencyId;
  const form = aCompleteReferral();
  const children = (form.children ?? []).map((c) => ({
    ...c,
    names: { fullName: childName, otherNames: [] },
  }));
  const saved = await api.patch<ReferralView>(
    `/api/referrals/${created.body.id}`,
    { ...form, children, referrer: { ...form.referrer, agencyId } },
    created.body.version,
  );
  if (saved.status !== 200) throw new Error(`could not fill in the draft: ${saved.text}`);
  return saved.body;
}

/** A referral submitted by `owner` to `reviewer`. */
export async function aSubmittedReferral(
  app: TestApp,
  owner: DevUserKey = 'referrer',
  reviewer: DevUserKey = 'reviewer',
): Promise<ReferralView> {
  const draft = await aReadyDraft(app, owner);
  const submitted = await apiAs(app, owner).post<ReferralView>(`/api/referrals/${draft.id}/submit`, {
    reviewerId: userId(reviewer),
  });
  if (submitted.status !== 200) throw new Error(`could not submit: ${submitted.text}`);
  return submitted.body;
}
