import { describe, it, expect } from '@jest/globals';
import { apiAs } from '../../support/api-session.ts';
import { testDialects } from '../../support/database.ts';
import { messageActivity, postActivity } from '../../support/teams-activities.ts';
import type { ReferralView } from '../../../src/app/referrals/referral-view.ts';
import {
  checkMustRefer,
  completeAndSubmit,
  people,
  press,
  reviewerChat,
  seededChild,
} from './support/bot-flows.ts';
import { startBotTestApp, testTeamsAppId } from './support/bot-test-app.ts';
import { actionVerbs, cardActions, cardText } from './support/card-inspection.ts';

type Card = Record<string, unknown>;

const noChildDetails = (text: string) => {
  for (const detail of Object.values(seededChild)) expect(text).not.toContain(detail);
};

for (const dialect of testDialects) {
  describe(`the bot from check to approval (${dialect})`, () => {
    it('checks a case, starts the draft, asks the PRSG member on a card, takes the approval and updates every card', async () => {
      const app = await startBotTestApp({ dialect });
      try {
        const { referrer, reviewer } = people;
        await postActivity(app.baseUrl, messageActivity(referrer, 'hi', { serviceUrl: app.serviceUrl }));

        const outcome = await checkMustRefer(app, referrer, '2025-06-20');
        expect(cardText(outcome)).toContain('A referral must be made');
        expect(cardText(outcome)).toContain('Fri 27 Jun 2025');

        // Start a referral: the draft comes from createReferral, the card deep-links to it by id.
        const draftCard = await press(
          app,
          referrer,
          outcome,
          'referral.start',
          {},
          { replyToId: 'check-card-1' },
        );
        const mine = await apiAs(app, 'referrer').get<{ referrals: ReferralView[] }>(
          '/api/referrals?view=mine',
        );
        expect(mine.body.referrals).toHaveLength(1);
        const referral = mine.body.referrals[0]!;
        expect(referral.state).toBe('draft');
        expect(referral.route).toBe('serious_incident');
        expect(referral.dueBy).toBe('2025-06-27');
        const tabLink = cardActions(draftCard).find((a) => a.type === 'Action.OpenUrl')?.url;
        expect(tabLink).toBe(
          `https://teams.microsoft.com/l/entity/${testTeamsAppId}/workspace?context=${encodeURIComponent(
            JSON.stringify({ subEntityId: referral.id }),
          )}`,
        );

        // The same invoke again (Teams re-sends) finds the same draft.
        const again = await press(
          app,
          referrer,
          outcome,
          'referral.start',
          {},
          { replyToId: 'check-card-1' },
        );
        expect(cardText(again)).toContain(referral.reference);
        expect(
          (await apiAs(app, 'referrer').get<{ referrals: unknown[] }>('/api/referrals?view=mine')).body
            .referrals,
        ).toHaveLength(1);

        await completeAndSubmit(app, referral.id);
        await app.drainJobs();

        // The PRSG member had never opened the app: Graph installed it and found the chat.
        expect(app.graph.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
          'GET 200',
          'POST 201',
          'GET 200',
          'GET 200',
        ]);
        const approvalCards = app.connector.cardsIn(reviewerChat(app));
        expect(approvalCards).toHaveLength(1);
        const approval = approvalCards[0]!;
        const text = cardText(approval);
        for (const shown of [
          referral.reference,
          'Health',
          'Serious incident',
          'A referral must be made',
          'Fri 27 Jun 2025',
        ]) {
          expect(text).toContain(shown);
        }
        noChildDetails(JSON.stringify(approval));
        expect(actionVerbs(approval)).toEqual(
          expect.arrayContaining(['referral.approve', 'referral.return', 'referral.decline']),
        );
        expect((approval.refresh as { userIds: string[] }).userIds).toEqual([reviewer.aadObjectId]);

        // The referrer's draft card was updated in place to the new state.
        const draftCardNow = app.connector.currentCard(referrer.conversationId, 'check-card-1');
        expect(cardText(draftCardNow ?? {})).toContain('With the PRSG member for quality assurance');

        const approved = await press(
          app,
          reviewer,
          approval,
          'referral.approve',
          { approveComments: '' },
          { replyToId: 'activity-approval' },
        );
        expect(cardText(approved)).toContain('You approved this referral');
        expect(actionVerbs(approved)).not.toContain('referral.approve');

        await app.drainJobs();
        const notices = app.connector.calls.filter(
          (c) => c.method === 'POST' && c.conversationId === referrer.conversationId,
        );
        expect(notices.at(-1)?.activity.summary).toBe(`${referral.reference}: Your referral was approved.`);

        // Every card about the referral now shows it approved (or further on).
        const tracked = app.connector.calls.filter((c) => c.method === 'PUT');
        expect(tracked.length).toBeGreaterThan(0);
        for (const [conversationId, activityId] of [
          [referrer.conversationId, 'check-card-1'],
          [
            reviewerChat(app),
            app.connector.calls.find((c) => c.conversationId === reviewerChat(app))!.activityId,
          ],
        ] as const) {
          const current = app.connector.currentCard(conversationId, activityId) as Card;
          expect(cardText(current)).toMatch(
            /Status\n(Approved|Sending to the partnership|Sent to the partnership)/,
          );
          expect(actionVerbs(current)).not.toContain('referral.approve');
        }

        const everything = [
          ...app.logLines,
          ...app.connector.calls.map((c) => JSON.stringify(c.activity)),
        ].join('\n');
        noChildDetails(everything);
      } finally {
        await app.close();
      }
    });
  });
}
