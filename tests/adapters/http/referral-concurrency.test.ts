import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import type { ReferralView } from '../../../src/app/referrals/referral-view.ts';
import { aReadyDraft, aSubmittedReferral, apiAs, userId } from '../../support/api-session.ts';
import { testDialects } from '../../support/database.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';

describe.each(testDialects)('concurrent and repeated requests (%s)', (dialect) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ dialect });
  });
  afterAll(() => app.close());

  it('two different decisions at once: exactly one wins, the other gets 409 with the current state', async () => {
    for (let round = 0; round < 5; round++) {
      const submitted = await aSubmittedReferral(app);
      const reviewer = apiAs(app, 'reviewer');
      const [approve, decline] = await Promise.all([
        reviewer.post<ReferralView>(`/api/referrals/${submitted.id}/approve`, {}),
        reviewer.post<ReferralView>(`/api/referrals/${submitted.id}/decline`, {
          reason: 'Another route fits.',
        }),
      ]);
      const statuses = [approve.status, decline.status].sort();
      expect(statuses).toEqual([200, 409]);
      const winner = approve.status === 200 ? 'approved' : 'declined';
      const loser = approve.status === 409 ? approve : decline;
      expect(loser.body).toMatchObject({ code: 'INVALID_TRANSITION', state: winner });
      const current = await apiAs(app, 'referrer').get<ReferralView>(`/api/referrals/${submitted.id}`);
      expect(current.body.state).toBe(winner);
      expect(current.body.qaDecisions).toHaveLength(1);
    }
  });

  it('the same decision sent twice at once (Teams re-sends) is done once and answered twice', async () => {
    const submitted = await aSubmittedReferral(app);
    const reviewer = apiAs(app, 'reviewer');
    const responses = await Promise.all(
      [1, 2, 3].map(() => reviewer.post<ReferralView>(`/api/referrals/${submitted.id}/approve`, {})),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    const current = await apiAs(app, 'referrer').get<ReferralView>(`/api/referrals/${submitted.id}`);
    expect(current.body.qaDecisions).toHaveLength(1);
    const history = await apiAs(app, 'referrer').get<{ events: { action: string }[] }>(
      `/api/referrals/${submitted.id}/history`,
    );
    expect(history.body.events.filter((e) => e.action === 'referral.approve')).toHaveLength(1);
  });

  it('a repeated submit to the same PRSG member is idempotent; to another one it is refused', async () => {
    const draft = await aReadyDraft(app);
    const referrer = apiAs(app, 'referrer');
    const body = { reviewerId: userId('reviewer') };
    const [a, b] = await Promise.all([
      referrer.post<ReferralView>(`/api/referrals/${draft.id}/submit`, body),
      referrer.post<ReferralView>(`/api/referrals/${draft.id}/submit`, body),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.version).toBe(b.body.version);
    const other = await referrer.post(`/api/referrals/${draft.id}/submit`, {
      reviewerId: userId('other-reviewer'),
    });
    expect(other.status).toBe(409);
  });

  it('two autosaves from the same version: one is saved, the other is refused with 412 and not merged', async () => {
    const { body: draft } = await apiAs(app, 'referrer').post<ReferralView>('/api/referrals', {});
    const referrer = apiAs(app, 'referrer');
    const [one, two] = await Promise.all([
      referrer.patch<ReferralView>(`/api/referrals/${draft.id}`, { routeChangeReason: 'first tab' }, 1),
      referrer.patch<ReferralView>(`/api/referrals/${draft.id}`, { routeChangeReason: 'second tab' }, 1),
    ]);
    expect([one.status, two.status].sort()).toEqual([200, 412]);
    const winner = one.status === 200 ? 'first tab' : 'second tab';
    const current = await referrer.get<ReferralView>(`/api/referrals/${draft.id}`);
    expect(current.body.form.routeChangeReason).toBe(winner);
    expect(current.body.version).toBe(2);
  });

  it('gives every referral created at once a different reference', async () => {
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        apiAs(app, i % 2 ? 'referrer' : 'other-referrer').post<ReferralView>('/api/referrals', {}),
      ),
    );
    expect(created.every((r) => r.status === 201)).toBe(true);
    expect(new Set(created.map((r) => r.body.reference)).size).toBe(20);
  });
});
