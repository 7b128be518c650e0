import { describe, it, expect } from '@jest/globals';
import type { ReferralCardFacts } from '../../../src/app/notifications/card-facts.ts';
import { planNotices } from '../../../src/app/notifications/plan-notices.ts';
import type { ReferralState } from '../../../src/domain/workflow/index.ts';

const facts = (state: ReferralState, version = 3): ReferralCardFacts => ({
  tenantId: 't',
  id: 'r',
  reference: 'SSCP-2026-0001',
  state,
  version,
  agencyName: 'Health',
  route: 'serious_incident',
  outcome: 'must_refer',
  ownerId: 'owner',
  reviewerId: state === 'draft' ? null : 'reviewer',
  reviewerName: 'Priya',
  submittedAt: null,
  decidedAt: null,
  sentAt: null,
  dueBy: '2026-01-09',
  daysLeft: 2,
  lastDecision: null,
});

describe('who hears about a referral', () => {
  it('asks the PRSG member to review only while that submission still waits for them', () => {
    expect(planNotices('review_requested', facts('submitted', 3), 3)).toEqual([
      { recipientId: 'reviewer', kind: 'review_requested' },
    ]);
    expect(planNotices('review_requested', facts('withdrawn', 4), 3)).toEqual([]);
    expect(planNotices('review_requested', facts('submitted', 6), 3)).toEqual([]);
  });

  it('tells the referrer every QA outcome and delivery result, and the PRSG member of a withdrawal', () => {
    for (const kind of ['returned', 'approved', 'declined', 'sent', 'send_failed'] as const) {
      expect(planNotices(kind, facts('approved'), 3)).toEqual([{ recipientId: 'owner', kind }]);
    }
    expect(planNotices('withdrawn', facts('withdrawn'), 3)).toEqual([
      { recipientId: 'reviewer', kind: 'withdrawn' },
    ]);
  });

  it('reminds the referrer of an open referral, and the PRSG member too while it is with them', () => {
    expect(planNotices('due_in_1', facts('submitted'), 3).map((n) => n.recipientId)).toEqual([
      'owner',
      'reviewer',
    ]);
    expect(planNotices('due_in_1', facts('changes_requested'), 3).map((n) => n.recipientId)).toEqual([
      'owner',
    ]);
    expect(planNotices('overdue', facts('draft'), 3).map((n) => n.recipientId)).toEqual(['owner']);
    for (const state of ['approved', 'sending', 'sent', 'send_failed', 'declined', 'withdrawn'] as const) {
      expect(planNotices('overdue', facts(state), 3)).toEqual([]);
    }
  });
});
