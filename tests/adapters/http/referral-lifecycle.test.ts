import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import type { ReferralSummary, ReferralView } from '../../../src/app/referrals/referral-view.ts';
import { jobKinds } from '../../../src/app/jobs/job-kinds.ts';
import { testDialects } from '../../support/database.ts';
import { aReadyDraft, aSubmittedReferral, apiAs, userId } from '../../support/api-session.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';

const mustRefer = {
  immediateRisk: false,
  event: 'seriously_harmed',
  abuseOrNeglect: 'known',
  childStatus: 'under_18',
  location: 'in_area',
  practiceConcern: 'no',
  goodPracticeOutcome: false,
};

describe.each(testDialects)('referral life cycle over HTTP (%s)', (dialect) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ dialect });
  });
  afterAll(() => app.close());

  const jobsOf = async (referralId: string) => {
    const claimed = await app.store.jobs.claim({
      workerId: 'test',
      limit: 100,
      leaseMs: 1,
      now: new Date(Date.now() + 60_000),
    });
    return claimed
      .filter((j) => (j.payload as { referralId?: string }).referralId === referralId)
      .map((j) => j.kind);
  };

  it('creates a draft from a check, with route, dates, referrer and a reference', async () => {
    const response = await apiAs(app, 'referrer').post<ReferralView>('/api/referrals', {
      assessment: { answers: mustRefer, incidentDate: '2026-11-21', awarenessDate: '2026-11-23' },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe(`/api/referrals/${response.body.id}`);
    expect(response.headers.get('etag')).toBe('"1"');
    const view = response.body;
    expect(view).toMatchObject({ state: 'draft', version: 1, dueBy: '2026-11-27', agencyId: 'health' });
    expect(view.reference).toMatch(/^SSCP-\d{4}-\d{4}$/);
    expect(view.form).toMatchObject({
      route: 'serious_incident',
      suggestedRoute: 'serious_incident',
      dates: { incidentDate: '2026-11-21', awarenessDate: '2026-11-23' },
      incident: { outcome: 'seriously_harmed', abuseOrNeglect: 'known' },
      referrer: { name: 'Riley Hughes', agencyId: 'health' },
    });
    expect(view.assessment).toEqual({
      outcome: 'must_refer',
      reasons: ['child_seriously_harmed', 'abuse_or_neglect_known'],
    });
    expect(view.capabilities).toEqual(['edit', 'submit', 'withdraw']);
  });

  it('numbers references in sequence within the year', async () => {
    const api = apiAs(app, 'other-referrer');
    const first = await api.post<ReferralView>('/api/referrals', {});
    const second = await api.post<ReferralView>('/api/referrals', {});
    const sequence = (ref: string) => Number(ref.split('-')[2]);
    expect(sequence(second.body.reference)).toBe(sequence(first.body.reference) + 1);
  });

  it('autosaves with If-Match and answers the new version; a stale version is refused, not merged', async () => {
    const api = apiAs(app, 'referrer');
    const { body: draft } = await api.post<ReferralView>('/api/referrals', {});
    const saved = await api.patch<ReferralView>(
      `/api/referrals/${draft.id}`,
      { dates: { incidentDate: '2026-11-02' } },
      1,
    );
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(2);
    expect(saved.headers.get('etag')).toBe('"2"');
    expect(saved.body.form.dates).toEqual({ incidentDate: '2026-11-02' });

    const stale = await api.patch(
      `/api/referrals/${draft.id}`,
      { dates: { awarenessDate: '2026-11-03' } },
      1,
    );
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    const current = await api.get<ReferralView>(`/api/referrals/${draft.id}`);
    expect(current.body.form.dates).toEqual({ incidentDate: '2026-11-02' });
    expect(current.body.version).toBe(2);
  });

  it('merges a partial change into the form and removes fields set to null (JSON Merge Patch)', async () => {
    const api = apiAs(app, 'referrer');
    const { body: draft } = await api.post<ReferralView>('/api/referrals', {});
    const one = await api.patch<ReferralView>(
      `/api/referrals/${draft.id}`,
      { referrer: { phone: '0161 000 0000' } },
      1,
    );
    expect(one.body.form.referrer).toMatchObject({ name: 'Riley Hughes', phone: '0161 000 0000' });
    const two = await api.patch<ReferralView>(`/api/referrals/${draft.id}`, { referrer: { phone: null } }, 2);
    expect(two.body.form.referrer).not.toHaveProperty('phone');
  });

  it('asks for If-Match, and refuses bad drafts with field errors, saving nothing', async () => {
    const api = apiAs(app, 'referrer');
    const { body: draft } = await api.post<ReferralView>('/api/referrals', {});
    expect((await api.patch(`/api/referrals/${draft.id}`, { route: 'sgor' }, undefined)).status).toBe(428);
    const bad = await api.patch<{ code: string; errors: { path: string }[] }>(
      `/api/referrals/${draft.id}`,
      { route: 'elsewhere', children: [{ nickname: 'x' }] },
      1,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['route', 'children.0.nickname']),
    );
    expect((await api.get<ReferralView>(`/api/referrals/${draft.id}`)).body.version).toBe(1);
  });

  it('refuses to submit an incomplete referral with every missing field', async () => {
    const api = apiAs(app, 'referrer');
    const { body: draft } = await api.post<ReferralView>('/api/referrals', {});
    const response = await api.post<{ code: string; errors: { path: string }[] }>(
      `/api/referrals/${draft.id}/submit`,
      {
        reviewerId: userId('reviewer'),
      },
    );
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('NOT_READY_TO_SUBMIT');
    expect(response.body.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['route', 'referrer.jobTitle', 'dates.incidentDate', 'children', 'agencies']),
    );
  });

  it('only lets a PRSG member of the referrer’s agency, other than the referrer, be chosen', async () => {
    const draft = await aReadyDraft(app);
    const api = apiAs(app, 'referrer');
    for (const reviewerId of [
      userId('other-reviewer'),
      userId('referrer'),
      userId('partnership'),
      'nobody',
    ]) {
      const response = await api.post(`/api/referrals/${draft.id}/submit`, { reviewerId });
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: 'REVIEWER_INVALID', errors: [{ path: 'reviewerId' }] });
    }
  });

  it('submits to the PRSG member, who sees it to review and gets an approval card queued', async () => {
    const submitted = await aSubmittedReferral(app);
    expect(submitted).toMatchObject({ state: 'submitted', reviewerId: userId('reviewer'), version: 3 });
    expect(submitted.capabilities).toEqual(['withdraw']);
    const review = await apiAs(app, 'reviewer').get<{ referrals: ReferralSummary[] }>(
      '/api/referrals?view=review',
    );
    expect(review.body.referrals.map((r) => r.id)).toContain(submitted.id);
    const asReviewer = await apiAs(app, 'reviewer').get<ReferralView>(`/api/referrals/${submitted.id}`);
    expect(asReviewer.body.capabilities).toEqual(['approve', 'return', 'decline']);
    expect(await jobsOf(submitted.id)).toEqual([jobKinds.notifyReviewRequested]);
    // Editing stops once it is submitted.
    const edit = await apiAs(app, 'referrer').patch(
      `/api/referrals/${submitted.id}`,
      { route: 'sgor' },
      submitted.version,
    );
    expect(edit.status).toBe(409);
  });

  it('approves: the QA record is kept, delivery and the referrer’s notice are queued, the partnership sees it', async () => {
    const submitted = await aSubmittedReferral(app);
    const approved = await apiAs(app, 'reviewer').post<ReferralView>(
      `/api/referrals/${submitted.id}/approve`,
      {
        comments: 'Clear and proportionate.',
      },
    );
    expect(approved.status).toBe(200);
    expect(approved.body.state).toBe('approved');
    expect(approved.body.qaDecisions).toEqual([
      expect.objectContaining({
        decision: 'approved',
        reviewerId: userId('reviewer'),
        comments: 'Clear and proportionate.',
      }),
    ]);
    expect(await jobsOf(submitted.id)).toEqual(
      expect.arrayContaining([
        jobKinds.notifyReviewRequested,
        jobKinds.notifyApproved,
        jobKinds.deliverReferral,
      ]),
    );
    const partnership = await apiAs(app, 'partnership').get<{ referrals: ReferralSummary[] }>(
      '/api/referrals?view=partnership',
    );
    expect(partnership.body.referrals.map((r) => r.id)).toContain(submitted.id);
  });

  it('returns with comments; the referrer edits and resubmits; the PRSG member then declines with a reason', async () => {
    const submitted = await aSubmittedReferral(app);
    const returned = await apiAs(app, 'reviewer').post<ReferralView>(
      `/api/referrals/${submitted.id}/return`,
      {
        comments: 'Please add the health visitor contact.',
      },
    );
    expect(returned.body.state).toBe('changes_requested');
    const referrer = apiAs(app, 'referrer');
    const edited = await referrer.patch<ReferralView>(
      `/api/referrals/${submitted.id}`,
      { agencies: [{ agency: 'Health visiting', contact: 'Duty HV', stillInvolved: true }] },
      returned.body.version,
    );
    expect(edited.status).toBe(200);
    const resubmitted = await referrer.post<ReferralView>(`/api/referrals/${submitted.id}/submit`, {
      reviewerId: userId('reviewer'),
    });
    expect(resubmitted.body.state).toBe('submitted');
    const declined = await apiAs(app, 'reviewer').post<ReferralView>(
      `/api/referrals/${submitted.id}/decline`,
      {
        reason: 'Single-agency learning route is more suitable.',
      },
    );
    expect(declined.body.state).toBe('declined');
    expect(declined.body.qaDecisions.map((d) => d.decision)).toEqual(['returned', 'declined']);
  });

  it('requires comments to return and a reason to decline', async () => {
    const submitted = await aSubmittedReferral(app);
    const reviewer = apiAs(app, 'reviewer');
    expect((await reviewer.post(`/api/referrals/${submitted.id}/return`, {})).status).toBe(400);
    expect((await reviewer.post(`/api/referrals/${submitted.id}/decline`, { reason: '   ' })).status).toBe(
      400,
    );
  });

  it('lets the referrer withdraw before approval, telling the PRSG member', async () => {
    const submitted = await aSubmittedReferral(app);
    const withdrawn = await apiAs(app, 'referrer').post<ReferralView>(
      `/api/referrals/${submitted.id}/withdraw`,
      {},
    );
    expect(withdrawn.body.state).toBe('withdrawn');
    expect(await jobsOf(submitted.id)).toEqual(expect.arrayContaining([jobKinds.notifyWithdrawn]));
  });

  it('shows the audit trail newest first, reads included', async () => {
    const submitted = await aSubmittedReferral(app);
    const history = await apiAs(app, 'referrer').get<{ events: { action: string; seq: number }[] }>(
      `/api/referrals/${submitted.id}/history`,
    );
    const actions = history.body.events.map((e) => e.action);
    expect(actions.slice(0, 2)).toEqual(['referral.history_read', 'referral.submit']);
    expect(actions).toContain('referral.created');
    expect(actions).toContain('referral.updated');
    const seqs = history.body.events.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(await app.store.audit.verify(app.config.auth.tenantId)).toMatchObject({ ok: true });
  });

  it('tells me who I am and whom I can ask for QA', async () => {
    const me = await apiAs(app, 'reviewer').get('/api/me');
    expect(me.body).toMatchObject({
      roles: ['referrer', 'reviewer'],
      agencyId: 'health',
      partnership: { qaRoleName: 'PRSG member' },
    });
    const reviewers = await apiAs(app, 'referrer').get<{ reviewers: { userId: string }[] }>('/api/reviewers');
    expect(reviewers.body.reviewers.map((r) => r.userId)).toEqual([userId('reviewer')]);
    const profile = await apiAs(app, 'referrer').get('/api/profile');
    expect(profile.body).toMatchObject({ mailbox: 'sscp@salford.gov.uk' });
    expect(profile.body).not.toHaveProperty('prsgMembers');
  });
});
