import { describe, it, expect } from '@jest/globals';
import { devUsers } from '../../../src/adapters/auth/dev-users.ts';
import { jobKinds } from '../../../src/app/jobs/job-kinds.ts';
import { testDialects } from '../../support/database.ts';
import { installActivity, messageActivity, postActivity } from '../../support/teams-activities.ts';
import { aSubmittedReferralViaApi, people, reviewerChat } from './support/bot-flows.ts';
import { startBotTestApp, type BotTestApp, type BotTestAppOptions } from './support/bot-test-app.ts';

async function withApp(options: BotTestAppOptions, test: (app: BotTestApp) => Promise<void>) {
  const app = await startBotTestApp(options);
  try {
    await test(app);
  } finally {
    await app.close();
  }
}

const approvalPosts = (app: BotTestApp) =>
  app.connector.calls.filter(
    (c) => c.method === 'POST' && c.activity.summary?.includes('waiting for your quality assurance'),
  );

for (const dialect of testDialects) {
  describe(`Teams notifications from the outbox (${dialect})`, () => {
    it('waits as long as a 429 Retry-After says, then delivers the card once', async () => {
      await withApp({ dialect }, async (app) => {
        await aSubmittedReferralViaApi(app);
        app.connector.failNext({ status: 429, retryAfterSeconds: 120 }, { method: 'POST' });
        await app.drainJobs();
        expect(approvalPosts(app)).toHaveLength(0);
        app.advance(119_000);
        await app.drainJobs();
        expect(approvalPosts(app)).toHaveLength(0);
        app.advance(2_000);
        await app.drainJobs();
        expect(approvalPosts(app)).toHaveLength(1);
        expect(app.connector.attempts.filter((a) => a.status === 429)).toHaveLength(1);
      });
    });

    it('retries a 5xx with backoff and delivers once, saying it could not know whether the first got through', async () => {
      await withApp({ dialect }, async (app) => {
        await aSubmittedReferralViaApi(app);
        app.connector.failNext({ status: 503 }, { method: 'POST' });
        await app.drainJobs();
        expect(approvalPosts(app)).toHaveLength(0);
        app.advance(10_000);
        await app.drainJobs();
        expect(approvalPosts(app)).toHaveLength(1);
        expect(app.logLines.join('')).toContain('resending a notice whose last send had no known outcome');
      });
    });

    it('does not send again when a job runs twice (lost lease, or a crash before completing)', async () => {
      await withApp({ dialect }, async (app) => {
        await aSubmittedReferralViaApi(app);
        const [job] = await app.store.jobs.claim({
          workerId: 'crashing-worker',
          kinds: [jobKinds.notifyReviewRequested],
          limit: 1,
          leaseMs: 60_000,
          now: app.now(),
        });
        const handler = app.bot.jobHandlers[jobKinds.notifyReviewRequested]!;
        expect(await handler(job!, { renewLease: () => Promise.resolve(true) })).toEqual({ outcome: 'done' });
        // The worker died before it could complete the job: the lease runs out and another process takes it.
        app.advance(61_000);
        const restarted = await app.anotherProcess();
        try {
          expect(await restarted.worker.runOnce()).toBeGreaterThanOrEqual(1);
        } finally {
          await restarted.stop();
        }
        expect(approvalPosts(app)).toHaveLength(1);
      });
    });

    it('installs the app through Graph only for someone who does not have it', async () => {
      await withApp({ dialect }, async (app) => {
        app.graph.preinstall(devUsers.reviewer.userId);
        await aSubmittedReferralViaApi(app);
        await app.drainJobs();
        expect(app.graph.requests.some((r) => r.method === 'POST')).toBe(false);
        expect(approvalPosts(app)[0]?.conversationId).toBe(reviewerChat(app));
      });
    });

    it('finds the chat again through Graph after the person removed the app', async () => {
      await withApp({ dialect }, async (app) => {
        const options = { serviceUrl: app.serviceUrl };
        await postActivity(app.baseUrl, messageActivity(people.reviewer, 'hi', options));
        await postActivity(app.baseUrl, installActivity(people.reviewer, 'remove', options));
        await aSubmittedReferralViaApi(app);
        await app.drainJobs();
        expect(app.graph.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/chat'))).toHaveLength(
          1,
        );
        expect(approvalPosts(app)).toHaveLength(1);
      });
    });

    it('forgets a chat Teams no longer has and finds it again on the retry', async () => {
      await withApp({ dialect }, async (app) => {
        await postActivity(
          app.baseUrl,
          messageActivity(people.reviewer, 'hi', { serviceUrl: app.serviceUrl }),
        );
        await aSubmittedReferralViaApi(app);
        app.connector.failNext({ status: 404 }, { method: 'POST' });
        await app.drainJobs();
        expect(approvalPosts(app)).toHaveLength(0);
        app.advance(10_000);
        await app.drainJobs();
        expect(approvalPosts(app)).toHaveLength(1);
        expect(app.graph.requests.some((r) => r.path.endsWith('/chat'))).toBe(true);
      });
    });

    it('waits out a Graph 429 too', async () => {
      await withApp({ dialect }, async (app) => {
        await aSubmittedReferralViaApi(app);
        app.graph.failNext({ status: 429, retryAfterSeconds: 30 });
        await app.drainJobs();
        expect(approvalPosts(app)).toHaveLength(0);
        app.advance(31_000);
        await app.drainJobs();
        expect(approvalPosts(app)).toHaveLength(1);
      });
    });

    it('without a catalog app id, records a notice for someone who never opened the bot as undeliverable', async () => {
      await withApp({ dialect, withGraph: false }, async (app) => {
        await aSubmittedReferralViaApi(app);
        await app.drainJobs();
        expect(approvalPosts(app)).toHaveLength(0);
        expect(app.logLines.join('')).toContain('no Teams chat with this person');
        app.advance(3_600_000);
        const due = await app.store.jobs.claim({
          workerId: 'probe',
          kinds: [jobKinds.notifyReviewRequested],
          limit: 10,
          leaseMs: 1000,
          now: app.now(),
        });
        expect(due).toEqual([]);
      });
    });
  });
}
