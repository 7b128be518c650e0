import { describe, it, expect } from '@jest/globals';
import { jobKinds } from '../../../src/app/jobs/job-kinds.ts';
import type { Job } from '../../../src/app/ports/job-queue.ts';
import { apiAs } from '../../support/api-session.ts';
import { testDialects } from '../../support/database.ts';
import { aSubmittedReferralViaApi, people, reviewerChat } from './support/bot-flows.ts';
import { startBotTestApp, type BotTestApp } from './support/bot-test-app.ts';

const hour = 3_600_000;
const day = 24 * hour;

async function sweep(app: BotTestApp): Promise<void> {
  const job = {
    id: 'sweep',
    tenantId: app.config.auth.tenantId,
    kind: jobKinds.remindersSweep,
    payload: {},
  } as Job;
  await app.bot.jobHandlers[jobKinds.remindersSweep]!(job, { renewLease: () => Promise.resolve(true) });
  await app.drainJobs();
}

const reminders = (app: BotTestApp) =>
  app.connector.calls
    .filter((c) => c.method === 'POST' && /Reminder|overdue/.test(c.activity.summary ?? ''))
    .map((c) => [
      c.conversationId === reviewerChat(app) ? 'reviewer' : 'referrer',
      c.activity.summary!.replace(/^\S+: /, ''),
    ]);

for (const dialect of testDialects) {
  describe(`deadline reminders (${dialect})`, () => {
    it('reminds the referrer and the PRSG member 2 and 1 working days before the deadline and when overdue, once a day at most', async () => {
      // Wednesday 25 June 2025, 10:00 in London; the incident was on Friday 20 June, so it is due Friday 27 June.
      const app = await startBotTestApp({ dialect, start: new Date('2025-06-25T09:00:00Z') });
      try {
        await aSubmittedReferralViaApi(app);
        await app.drainJobs();

        await sweep(app);
        await sweep(app);
        expect(reminders(app)).toEqual([
          ['referrer', 'Reminder: this referral is due in 2 working days.'],
          ['reviewer', 'Reminder: this referral is due in 2 working days.'],
        ]);

        app.advance(day); // Thursday
        await sweep(app);
        expect(reminders(app).slice(2)).toEqual([
          ['referrer', 'Reminder: this referral is due tomorrow.'],
          ['reviewer', 'Reminder: this referral is due tomorrow.'],
        ]);

        app.advance(2 * day); // Saturday: no working day, no reminder
        await sweep(app);
        expect(reminders(app)).toHaveLength(4);

        app.advance(2 * day - 3 * hour); // Monday 30 June, 07:00 in London: before the working day starts
        await sweep(app);
        expect(reminders(app)).toHaveLength(4);
        app.advance(2 * hour);
        await sweep(app);
        expect(reminders(app).slice(4)).toEqual([
          ['referrer', 'This referral is overdue.'],
          ['reviewer', 'This referral is overdue.'],
        ]);
      } finally {
        await app.close();
      }
    });

    it('reminds only the referrer about a draft, and nobody once it is decided', async () => {
      const app = await startBotTestApp({ dialect, start: new Date('2025-06-25T09:00:00Z') });
      try {
        const draft = await apiAs(app, 'referrer').post<{ id: string; version: number }>('/api/referrals', {
          assessment: {
            answers: {
              immediateRisk: false,
              event: 'died',
              abuseOrNeglect: 'known',
              childStatus: 'under_18',
              location: 'in_area',
              practiceConcern: 'no',
              goodPracticeOutcome: false,
            },
            incidentDate: '2025-06-20',
          },
        });
        expect(draft.status).toBe(201);
        await sweep(app);
        expect(reminders(app)).toEqual([['referrer', 'Reminder: this referral is due in 2 working days.']]);

        const declined = await aSubmittedReferralViaApi(app, 'other-referrer', 'other-reviewer');
        await app.drainJobs();
        expect(
          (
            await apiAs(app, 'other-reviewer').post(`/api/referrals/${declined.id}/decline`, {
              reason: 'Another route.',
            })
          ).status,
        ).toBe(200);
        app.advance(day);
        await app.drainJobs();
        await sweep(app);
        const otherReferrerChat = people.otherReferrer.conversationId;
        expect(
          app.connector.calls.filter(
            (c) => c.conversationId === otherReferrerChat && /Reminder/.test(c.activity.summary ?? ''),
          ),
        ).toEqual([]);
      } finally {
        await app.close();
      }
    });
  });
}

describe('the Teams bot’s own rows', () => {
  it('are removed once the retention purge has deleted the referral they are about', async () => {
    const app = await startBotTestApp();
    try {
      const referral = await aSubmittedReferralViaApi(app);
      await app.drainJobs();
      const count = async (table: 'teams_cards' | 'teams_deliveries') =>
        (
          await app.database.db
            .selectFrom(table)
            .select('referral_id')
            .where('referral_id', '=', referral.id)
            .execute()
        ).length;
      expect(await count('teams_cards')).toBe(1);
      expect(await count('teams_deliveries')).toBe(1);
      await app.store.referrals.delete(app.config.auth.tenantId, referral.id);
      await sweep(app);
      expect([await count('teams_cards'), await count('teams_deliveries')]).toEqual([0, 0]);
    } finally {
      await app.close();
    }
  });
});
