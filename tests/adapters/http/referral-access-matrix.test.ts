import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import type { DevUserKey } from '../../../src/adapters/auth/dev-users.ts';
import type { ReferralView } from '../../../src/app/referrals/referral-view.ts';
import { aReadyDraft, aSubmittedReferral, apiAs, userId } from '../../support/api-session.ts';
import { badTokens } from '../../support/bad-tokens.ts';
import { testDialects } from '../../support/database.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';

type Setup = 'none' | 'draft' | 'submitted' | 'approved';
type Actor = 'owner' | 'other-referrer' | 'assigned-reviewer' | 'other-reviewer' | 'partnership';

const devUserOf: Record<Actor, DevUserKey> = {
  owner: 'referrer',
  'other-referrer': 'other-referrer',
  'assigned-reviewer': 'reviewer',
  'other-reviewer': 'other-reviewer',
  partnership: 'partnership',
};

interface Route {
  readonly name: string;
  readonly setup: Setup;
  readonly call: (
    api: ReturnType<typeof apiAs>,
    referral: ReferralView | undefined,
  ) => ReturnType<ReturnType<typeof apiAs>['get']>;
  readonly expected: Record<Actor, number>;
}

const path = (r: ReferralView | undefined, suffix = '') => `/api/referrals/${r?.id ?? ''}${suffix}`;
const all = (status: number): Record<Actor, number> => ({
  owner: status,
  'other-referrer': status,
  'assigned-reviewer': status,
  'other-reviewer': status,
  partnership: status,
});

/** Every route × every kind of caller. 404 means "not yours": the same as a referral that does not exist. */
const routes: Route[] = [
  {
    name: 'POST /api/assessments',
    setup: 'none',
    call: (api) => api.post('/api/assessments', { answers: {} }),
    expected: all(400),
  },
  {
    name: 'POST /api/referrals',
    setup: 'none',
    call: (api) => api.post('/api/referrals', {}),
    expected: all(201),
  },
  {
    name: 'GET /api/referrals?view=mine',
    setup: 'none',
    call: (api) => api.get('/api/referrals?view=mine'),
    expected: all(200),
  },
  {
    name: 'GET /api/referrals?view=review',
    setup: 'none',
    call: (api) => api.get('/api/referrals?view=review'),
    expected: all(200),
  },
  {
    name: 'GET /api/referrals?view=partnership',
    setup: 'none',
    call: (api) => api.get('/api/referrals?view=partnership'),
    expected: { ...all(404), partnership: 200 },
  },
  {
    name: 'GET /api/partnership/timeliness',
    setup: 'none',
    call: (api) => api.get('/api/partnership/timeliness'),
    expected: { ...all(404), partnership: 200 },
  },
  { name: 'GET /api/me', setup: 'none', call: (api) => api.get('/api/me'), expected: all(200) },
  { name: 'GET /api/reviewers', setup: 'none', call: (api) => api.get('/api/reviewers'), expected: all(200) },
  { name: 'GET /api/profile', setup: 'none', call: (api) => api.get('/api/profile'), expected: all(200) },
  {
    name: 'GET a draft',
    setup: 'draft',
    call: (api, r) => api.get(path(r)),
    expected: { ...all(404), owner: 200 },
  },
  {
    name: 'GET a submitted referral',
    setup: 'submitted',
    call: (api, r) => api.get(path(r)),
    expected: { ...all(404), owner: 200, 'assigned-reviewer': 200 },
  },
  {
    name: 'GET an approved referral',
    setup: 'approved',
    call: (api, r) => api.get(path(r)),
    expected: { ...all(404), owner: 200, 'assigned-reviewer': 200, partnership: 200 },
  },
  {
    name: 'GET history of a submitted referral',
    setup: 'submitted',
    call: (api, r) => api.get(path(r, '/history')),
    expected: { ...all(404), owner: 200, 'assigned-reviewer': 200 },
  },
  {
    name: 'PATCH a draft',
    setup: 'draft',
    call: (api, r) => api.patch(path(r), { route: 'sgor' }, r?.version),
    expected: { ...all(404), owner: 200 },
  },
  {
    name: 'PATCH a submitted referral',
    setup: 'submitted',
    call: (api, r) => api.patch(path(r), { route: 'sgor' }, r?.version),
    expected: { ...all(404), owner: 409, 'assigned-reviewer': 403 },
  },
  {
    name: 'POST submit',
    setup: 'draft',
    call: (api, r) => api.post(path(r, '/submit'), { reviewerId: userId('reviewer') }),
    expected: { ...all(404), owner: 200 },
  },
  {
    name: 'POST approve',
    setup: 'submitted',
    call: (api, r) => api.post(path(r, '/approve'), {}),
    expected: { ...all(404), owner: 403, 'assigned-reviewer': 200 },
  },
  {
    name: 'POST return',
    setup: 'submitted',
    call: (api, r) => api.post(path(r, '/return'), { comments: 'Add the GP.' }),
    expected: { ...all(404), owner: 403, 'assigned-reviewer': 200 },
  },
  {
    name: 'POST decline',
    setup: 'submitted',
    call: (api, r) => api.post(path(r, '/decline'), { reason: 'Another route.' }),
    expected: { ...all(404), owner: 403, 'assigned-reviewer': 200 },
  },
  {
    name: 'POST withdraw',
    setup: 'submitted',
    call: (api, r) => api.post(path(r, '/withdraw'), {}),
    expected: { ...all(404), owner: 200, 'assigned-reviewer': 403 },
  },
  {
    name: 'POST approve on an approved referral (partnership sees it)',
    setup: 'approved',
    call: (api, r) => api.post(path(r, '/approve'), {}),
    expected: { ...all(404), owner: 403, 'assigned-reviewer': 200, partnership: 403 },
  },
];

describe.each(testDialects)('access matrix (%s)', (dialect) => {
  let app: TestApp;
  let tokens: Record<string, string | null>;
  beforeAll(async () => {
    app = await startTestApp({ dialect });
    tokens = await badTokens(app);
  });
  afterAll(() => app.close());

  const prepare = async (setup: Setup): Promise<ReferralView | undefined> => {
    if (setup === 'none') return undefined;
    if (setup === 'draft') return aReadyDraft(app);
    const submitted = await aSubmittedReferral(app);
    if (setup === 'submitted') return submitted;
    return (await apiAs(app, 'reviewer').post<ReferralView>(path(submitted, '/approve'), {})).body;
  };

  for (const route of routes) {
    for (const actor of Object.keys(devUserOf) as Actor[]) {
      it(`${route.name} as ${actor} → ${route.expected[actor]}`, async () => {
        const referral = await prepare(route.setup);
        const response = await route.call(apiAs(app, devUserOf[actor]), referral);
        expect(response.status).toBe(route.expected[actor]);
        if (response.status >= 400)
          expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      });
    }
    it(`${route.name} refuses every bad token with a bare 401`, async () => {
      const referral = await prepare(route.setup);
      for (const [what, token] of Object.entries(tokens)) {
        const response = await route.call(apiAs(app, { token }), referral);
        expect({ what, status: response.status }).toEqual({ what, status: 401 });
        expect(response.body).toEqual(
          expect.objectContaining({ code: 'UNAUTHENTICATED', detail: 'Sign-in is required.' }),
        );
      }
    });
  }

  it('answers a referral that does not exist exactly like one that is not yours', async () => {
    const draft = await aReadyDraft(app);
    const notYours = await apiAs(app, 'other-referrer').get(path(draft));
    const missing = await apiAs(app, 'other-referrer').get(
      '/api/referrals/00000000-0000-4000-8000-000000000000',
    );
    const malformed = await apiAs(app, 'other-referrer').get('/api/referrals/SSCP-2026-0001');
    for (const response of [missing, malformed]) {
      expect(response.status).toBe(notYours.status);
      expect(response.body).toEqual(notYours.body);
    }
  });
});
