import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { apiAs, userId } from '../../support/api-session.ts';
import { testDialects } from '../../support/database.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';

describe.each(testDialects)('partnership timeliness (%s)', (dialect) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ dialect });
  });
  afterAll(() => app.close());

  const sentReferral = (n: number, incidentDate: string, dueBy: string, sentAt: string) =>
    app.store.referrals.insert({
      id: crypto.randomUUID(),
      tenantId: app.config.auth.tenantId,
      reference: `SSCP-2026-9${String(n).padStart(3, '0')}`,
      state: 'sent',
      ownerId: userId('referrer'),
      agencyId: 'health',
      reviewerId: userId('reviewer'),
      dueBy,
      createdAt: new Date(sentAt),
      updatedAt: new Date(sentAt),
      submittedAt: new Date(sentAt),
      decidedAt: new Date(sentAt),
      sentAt: new Date(sentAt),
      content: { form: { dates: { incidentDate } }, qaDecisions: [] },
    });

  it('counts referrals sent within the deadline by month and the median working days to send', async () => {
    // October: one on time (2 working days), one late (8). November: one on time, sent 23:30 UTC on
    // Fri 27 Nov in summer-free London is still the 27th (4 working days).
    await sentReferral(1, '2026-10-05', '2026-10-12', '2026-10-07T10:00:00Z');
    await sentReferral(2, '2026-10-05', '2026-10-12', '2026-10-15T10:00:00Z');
    await sentReferral(3, '2026-11-23', '2026-11-30', '2026-11-27T23:30:00Z');
    const response = await apiAs(app, 'partnership').get('/api/partnership/timeliness');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      months: [
        { month: '2026-10', sent: 2, onTime: 1 },
        { month: '2026-11', sent: 1, onTime: 1 },
      ],
      medianWorkingDaysToSend: 4,
    });
  });
});
