import { describe, it, expect } from '@jest/globals';
import type { ReferralView } from '../../../src/app/referrals/referral-view.ts';
import { apiAs } from '../../support/api-session.ts';
import { testDialects } from '../../support/database.ts';
import { aReferralAwaitingReview, people, press, reviewerChat } from './support/bot-flows.ts';
import { startBotTestApp, type BotTestApp } from './support/bot-test-app.ts';
import { actionVerbs, cardText } from './support/card-inspection.ts';

type Card = Record<string, unknown>;

async function withApp(dialect: (typeof testDialects)[number], test: (app: BotTestApp) => Promise<void>) {
  const app = await startBotTestApp({ dialect });
  try {
    await test(app);
  } finally {
    await app.close();
  }
}

const stateOf = async (app: BotTestApp, id: string) =>
  (await apiAs(app, 'referrer').get<ReferralView>(`/api/referrals/${id}`)).body;

/** A person's reply text inside a card is a TextRun (shown as written), never a TextBlock (markdown). */
function textRunsOf(card: Card): string[] {
  return JSON.stringify(card).match(/"type":"TextRun","text":"(?:[^"\\]|\\.)*"/g) ?? [];
}

for (const dialect of testDialects) {
  describe(`PRSG decisions on the approval card (${dialect})`, () => {
    it('answers a repeated approve with the same card and decides only once', async () => {
      await withApp(dialect, async (app) => {
        const { referral, approval } = await aReferralAwaitingReview(app);
        const first = await press(app, people.reviewer, approval, 'referral.approve', {
          approveComments: 'Clear and complete.',
        });
        const second = await press(app, people.reviewer, approval, 'referral.approve', {
          approveComments: 'Clear and complete.',
        });
        expect(cardText(second)).toEqual(cardText(first));
        const view = await stateOf(app, referral.id);
        expect(view.state).toBe('approved');
        expect(view.qaDecisions).toHaveLength(1);
        const jobs = await app.drainJobs();
        expect(jobs).toBeGreaterThan(0);
        const approvedNotices = app.connector.calls.filter(
          (c) =>
            c.method === 'POST' &&
            c.activity.summary === `${referral.reference}: Your referral was approved.`,
        );
        expect(approvedNotices).toHaveLength(1);
      });
    });

    it('lets one of two racing decisions win and shows the loser the referral as it is now', async () => {
      await withApp(dialect, async (app) => {
        const { referral, approval } = await aReferralAwaitingReview(app);
        const [approved, declined] = await Promise.all([
          press(app, people.reviewer, approval, 'referral.approve', { approveComments: '' }),
          press(app, people.reviewer, approval, 'referral.decline', {
            declineReason: 'Another route fits better.',
          }),
        ]);
        const view = await stateOf(app, referral.id);
        expect(['approved', 'declined']).toContain(view.state);
        expect(view.qaDecisions).toHaveLength(1);
        const [winner, loser] = view.state === 'approved' ? [approved, declined] : [declined, approved];
        expect(cardText(winner)).toMatch(/You (approved|declined) this referral/);
        expect(cardText(loser)).toContain('Nothing was changed: this card was out of date.');
        expect(cardText(loser)).toContain(view.state === 'approved' ? 'Approved' : 'Declined');
        expect(actionVerbs(loser)).not.toContain('referral.approve');
      });
    });

    it('refuses the wrong person pressing approve and changes nothing', async () => {
      await withApp(dialect, async (app) => {
        const { referral, approval } = await aReferralAwaitingReview(app);
        const stranger = await press(app, people.otherReviewer, approval, 'referral.approve', {
          approveComments: '',
        });
        expect(cardText(stranger)).toContain('This referral is not available to you.');
        expect(cardText(stranger)).not.toContain(referral.reference);
        const owner = await press(app, people.referrer, approval, 'referral.approve', {
          approveComments: '',
        });
        expect(cardText(owner)).toContain('You cannot do this on this referral.');
        expect((await stateOf(app, referral.id)).state).toBe('submitted');
      });
    });

    it('shows a card from a referral withdrawn meanwhile as withdrawn, without decision buttons', async () => {
      await withApp(dialect, async (app) => {
        const { referral, approval } = await aReferralAwaitingReview(app);
        expect((await apiAs(app, 'referrer').post(`/api/referrals/${referral.id}/withdraw`, {})).status).toBe(
          200,
        );
        const card = await press(app, people.reviewer, approval, 'referral.approve', { approveComments: '' });
        expect(cardText(card)).toContain('Withdrawn by the referrer.');
        expect(actionVerbs(card)).not.toContain('referral.approve');
        expect((await stateOf(app, referral.id)).state).toBe('withdrawn');

        await app.drainJobs();
        const approvalActivity = app.connector.calls.find(
          (c) => c.conversationId === reviewerChat(app),
        )!.activityId;
        const updated = app.connector.currentCard(reviewerChat(app), approvalActivity) as Card;
        expect(cardText(updated)).toContain('Status\nWithdrawn');
        expect(actionVerbs(updated)).not.toContain('referral.approve');
        const told = app.connector.calls.filter(
          (c) => c.method === 'POST' && c.conversationId === reviewerChat(app),
        );
        expect(told.at(-1)?.activity.summary).toContain('The referrer withdrew this referral.');
      });
    });

    it('returns with comments, which the referrer then reads as written', async () => {
      await withApp(dialect, async (app) => {
        const { referral, approval } = await aReferralAwaitingReview(app);
        const empty = await press(app, people.reviewer, approval, 'referral.return', {
          returnComments: '   ',
        });
        expect(cardText(empty)).toContain('Say what needs to change before you return it.');
        expect((await stateOf(app, referral.id)).state).toBe('submitted');

        const comments = 'Add the *GP* contact; see [notes](https://evil.example) <b>now</b>';
        const returned = await press(app, people.reviewer, approval, 'referral.return', {
          returnComments: comments,
        });
        expect(cardText(returned)).toContain('You returned this referral');
        expect((await stateOf(app, referral.id)).state).toBe('changes_requested');

        await app.drainJobs();
        const notice = app.connector.calls
          .filter((c) => c.method === 'POST' && c.activity.summary?.includes('returned to you for changes'))
          .at(-1)!;
        const card = notice.activity.attachments![0]!.content;
        expect(textRunsOf(card).some((run) => run.includes(JSON.stringify(comments).slice(1, -1)))).toBe(
          true,
        );
        expect(JSON.stringify(card).match(/"type":"TextBlock","text":"[^"]*evil/)).toBeNull();
        expect(JSON.stringify(card)).not.toContain('"url":"https://evil.example');
      });
    });

    it('decides nothing from the card of an earlier submission', async () => {
      await withApp(dialect, async (app) => {
        const { referral, approval } = await aReferralAwaitingReview(app);
        await press(app, people.reviewer, approval, 'referral.return', {
          returnComments: 'Add the chronology.',
        });
        app.advance(60_000);
        const resubmit = await apiAs(app, 'referrer').post(`/api/referrals/${referral.id}/submit`, {
          reviewerId: people.reviewer.aadObjectId,
        });
        expect(resubmit.status).toBe(200);
        const stale = await press(app, people.reviewer, approval, 'referral.approve', {
          approveComments: '',
        });
        expect(cardText(stale)).toContain('Nothing was changed: this card was out of date.');
        expect(actionVerbs(stale)).toContain('referral.approve');
        expect((await stateOf(app, referral.id)).state).toBe('submitted');
      });
    });
  });
}
