import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import type { ReferralView } from '../../../src/app/referrals/referral-view.ts';
import { aSubmittedReferral, apiAs } from '../../support/api-session.ts';
import { testDialects } from '../../support/database.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';

const dayMs = 86_400_000;

describe.each(testDialects)('retention (%s)', (dialect) => {
  let app: TestApp;
  let now = new Date('2026-11-25T10:00:00Z');
  beforeAll(async () => {
    app = await startTestApp({ dialect, now: () => now });
  });
  afterAll(() => app.close());

  const exists = async (id: string) =>
    (await app.store.referrals.findById(app.config.auth.tenantId, id)) !== undefined;

  it('purges drafts untouched for the profile’s period and closed referrals past retention, auditing each purge', async () => {
    const { abandonedDraftDays, sentReferralDays } = app.config.profile.retention;
    const abandoned = (await apiAs(app, 'referrer').post<ReferralView>('/api/referrals', {})).body;
    const declined = await aSubmittedReferral(app);
    await apiAs(app, 'reviewer').post(`/api/referrals/${declined.id}/decline`, { reason: 'Not for review.' });

    now = new Date(now.getTime() + (abandonedDraftDays - 1) * dayMs);
    const kept = (await apiAs(app, 'referrer').post<ReferralView>('/api/referrals', {})).body;
    await app.worker.runOnce();
    expect(await exists(abandoned.id)).toBe(true);

    now = new Date(now.getTime() + 2 * dayMs);
    await app.worker.runOnce();
    expect(await exists(abandoned.id)).toBe(false);
    expect(await exists(kept.id)).toBe(true);
    expect(await exists(declined.id)).toBe(true);

    now = new Date(now.getTime() + sentReferralDays * dayMs);
    await app.worker.runOnce();
    expect(await exists(declined.id)).toBe(false);

    const purges = await app.store.audit.listForReferral(app.config.auth.tenantId, abandoned.id);
    expect(purges[0]).toMatchObject({
      action: 'referral.purged',
      actorId: 'system',
      details: { state: 'draft', reference: abandoned.reference },
    });
    expect(await app.store.audit.verify(app.config.auth.tenantId)).toMatchObject({ ok: true });
  });
});
