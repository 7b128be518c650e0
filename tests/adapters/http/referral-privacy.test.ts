import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import type { ReferralView } from '../../../src/app/referrals/referral-view.ts';
import { aReadyDraft, apiAs, userId, type ApiResponse } from '../../support/api-session.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';

/** A made-up name no code or fixture contains, so any appearance is a leak. */
const childName = `Zephyrine Quillfeather-${Date.now().toString(36)}`;

describe('a child’s name stays inside the referral', () => {
  let app: TestApp;
  const nonReferralResponses: ApiResponse[] = [];
  let referral: ReferralView;

  beforeAll(async () => {
    app = await startTestApp();
    referral = await aReadyDraft(app, 'referrer', childName);
    const referrer = apiAs(app, 'referrer');
    const reviewer = apiAs(app, 'reviewer');
    const partnership = apiAs(app, 'partnership');
    const keep = (response: ApiResponse) => nonReferralResponses.push(response);

    // Bad input that quotes the name must not echo it back or log it.
    keep(
      await referrer.patch(
        `/api/referrals/${referral.id}`,
        { children: [{ names: { fullName: childName }, postcode: 7 }] },
        referral.version,
      ),
    );
    keep(await referrer.patch(`/api/referrals/${referral.id}`, { [childName]: true }, referral.version));
    keep(await referrer.patch(`/api/referrals/${referral.id}`, { route: 'sgor' }, 999));
    keep(await referrer.request('POST', '/api/assessments', `{"answers": "${childName}`));
    keep(await referrer.post('/api/assessments', { answers: { note: childName } }));
    keep(await referrer.post(`/api/referrals/${referral.id}/submit`, { reviewerId: childName }));

    const submitted = await referrer.post<ReferralView>(`/api/referrals/${referral.id}/submit`, {
      reviewerId: userId('reviewer'),
    });
    expect(submitted.status).toBe(200);
    keep(await referrer.get('/api/referrals?view=mine'));
    keep(await reviewer.get('/api/referrals?view=review'));
    keep(await reviewer.get(`/api/referrals/${referral.id}/history`));
    keep(await apiAs(app, 'other-referrer').get(`/api/referrals/${referral.id}`));
    await reviewer.post(`/api/referrals/${referral.id}/return`, {
      comments: 'Please check the date of birth.',
    });
    await referrer.post(`/api/referrals/${referral.id}/submit`, { reviewerId: userId('reviewer') });
    await reviewer.post(`/api/referrals/${referral.id}/approve`, {});
    keep(await partnership.get('/api/referrals?view=partnership'));
    keep(await referrer.get('/api/me'));
    keep(await referrer.get('/api/reviewers'));
    keep(await referrer.get('/api/profile'));
    await app.worker.runOnce();
  });
  afterAll(() => app.close());

  it('is in the referral itself for those who may read it', async () => {
    const view = await apiAs(app, 'partnership').get(`/api/referrals/${referral.id}`);
    expect(view.text).toContain(childName);
  });

  it('is in no other response: lists, history, errors, profile', () => {
    expect(nonReferralResponses.length).toBeGreaterThan(10);
    for (const response of nonReferralResponses) expect(response.text).not.toContain(childName);
  });

  it('is in no log line', () => {
    expect(app.logLines.length).toBeGreaterThan(20);
    expect(app.logLines.join('\n')).not.toContain(childName);
  });

  it('is in no audit event and no queued job', async () => {
    const history = await apiAs(app, 'referrer').get(`/api/referrals/${referral.id}/history`);
    expect(history.text).not.toContain(childName);
    const jobs = await app.store.jobs.claim({
      workerId: 'privacy',
      limit: 100,
      leaseMs: 1,
      now: new Date(Date.now() + 86_400_000),
    });
    expect(JSON.stringify(jobs)).not.toContain(childName);
  });
});
