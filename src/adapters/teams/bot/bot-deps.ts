import type { CardViews } from '../../../app/notifications/card-views.ts';
import type { ReferralDeps } from '../../../app/referrals/referral-deps.ts';
import type { Logger } from '../../logging/create-logger.ts';
import type { CardContext } from '../cards/card-context.ts';
import type { TeamsStore } from '../store/teams-store.ts';
import type { ChatMemory } from './chat-memory.ts';

/** What the bot's activity handlers need. */
export interface BotDeps {
  readonly referrals: ReferralDeps;
  /** Which submission a referral is on, read without decrypting it (stale approval cards). */
  /** Card views already audited today (Teams refreshes a card whenever it is looked at). */
  readonly cardViews: CardViews;
  readonly teams: TeamsStore;
  readonly cards: CardContext;
  readonly allowedTenantIds: readonly string[];
  readonly chats: ChatMemory;
  readonly logger: Logger;
  /** Teams waits about 3 s for an invoke; answer before this, whatever happens. */
  readonly invokeDeadlineMs: number;
}
