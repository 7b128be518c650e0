import type { ReferralState } from '../../domain/workflow/index.ts';
import type { ReferralCardFacts } from './card-facts.ts';
import type { NoticeKind } from './notice-kinds.ts';

export interface Notice {
  readonly recipientId: string;
  readonly kind: NoticeKind;
}

/** States in which a referral still has a deadline to meet, so reminders make sense. */
export const reminderStates: readonly ReferralState[] = ['draft', 'changes_requested', 'submitted'];

/**
 * Who hears about an event. The PRSG member is asked to review only while that submission is still
 * waiting for them (not after a withdrawal or a newer submission); the referrer hears every outcome;
 * reminders go to the referrer, and to the PRSG member while the referral is with them.
 */
export function planNotices(kind: NoticeKind, facts: ReferralCardFacts, eventVersion: number): Notice[] {
  const owner = { recipientId: facts.ownerId, kind };
  const reviewer = facts.reviewerId ? [{ recipientId: facts.reviewerId, kind }] : [];
  switch (kind) {
    case 'review_requested':
      return facts.state === 'submitted' && facts.version === eventVersion ? reviewer : [];
    case 'withdrawn':
      return reviewer;
    case 'returned':
    case 'approved':
    case 'declined':
    case 'sent':
    case 'send_failed':
      return [owner];
    case 'due_in_2':
    case 'due_in_1':
    case 'overdue':
      if (!reminderStates.includes(facts.state)) return [];
      return facts.state === 'submitted' ? [owner, ...reviewer] : [owner];
  }
}
