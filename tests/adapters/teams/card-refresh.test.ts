import { describe, it, expect } from '@jest/globals';
import type { HistoryEntry } from '../../../src/app/referrals/get-referral-history.ts';
import { apiAs } from '../../support/api-session.ts';
import { aReferralAwaitingReview, invoke, people, press } from './support/bot-flows.ts';
import { startBotTestApp } from './support/bot-test-app.ts';
import { actionVerbs, cardText } from './support/card-inspection.ts';

describe('cards that refresh themselves', () => {
  it('shows the assigned PRSG member the decision buttons and everyone else the status', async () => {
    const app = await startBotTestApp();
    try {
      const { referral, approval } = await aReferralAwaitingReview(app);
      const refreshData = (approval.refresh as { action: { data: Record<string, unknown> } }).action.data;
      const forReviewer = await invoke(app, people.reviewer, 'refresh', refreshData, {
        trigger: 'automatic',
      });
      expect(actionVerbs(forReviewer)).toEqual(
        expect.arrayContaining(['referral.approve', 'referral.return', 'referral.decline']),
      );
      const forReferrer = await invoke(app, people.referrer, 'refresh', refreshData, {
        trigger: 'automatic',
      });
      expect(cardText(forReferrer)).toContain('With your PRSG member for quality assurance.');
      expect(actionVerbs(forReferrer)).toEqual([]);
      expect((forReferrer.refresh as { userIds: string[] }).userIds).toEqual([people.referrer.aadObjectId]);

      const stranger = await invoke(app, people.otherReferrer, 'refresh', refreshData, {
        trigger: 'automatic',
      });
      expect(cardText(stranger)).toContain('This referral is not available to you.');
      expect(stranger.refresh).toBeUndefined();

      const history = await apiAs(app, 'referrer').get<{ events: HistoryEntry[] }>(
        `/api/referrals/${referral.id}/history`,
      );
      expect(
        history.body.events.filter((e) => e.action === 'referral.card_viewed').map((e) => e.actorId),
      ).toEqual(expect.arrayContaining([people.reviewer.aadObjectId, people.referrer.aadObjectId]));
    } finally {
      await app.close();
    }
  });

  it('brings a stale card up to date when it is opened', async () => {
    const app = await startBotTestApp();
    try {
      const { approval } = await aReferralAwaitingReview(app);
      await press(app, people.reviewer, approval, 'referral.decline', {
        declineReason: 'Refer to the adult board.',
      });
      const refreshData = (approval.refresh as { action: { data: Record<string, unknown> } }).action.data;
      const current = await invoke(app, people.reviewer, 'refresh', refreshData, { trigger: 'automatic' });
      expect(cardText(current)).toContain('Status\nDeclined');
      expect(cardText(current)).toContain('Refer to the adult board.');
      expect(actionVerbs(current)).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
