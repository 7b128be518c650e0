import type { Clock } from '../../../app/clock.ts';
import type { ConversationRef, TeamsCards, TeamsConversations } from '../store/teams-store.ts';

/**
 * Remembers where each person's chat with the bot is (for proactive cards later) and which cards in it
 * are about a referral. Every activity reports its chat; the database is written only when something
 * changed since this process last saw it.
 */
export interface ChatMemory {
  remember(chat: ConversationRef): Promise<void>;
  forget(chat: ConversationRef): Promise<void>;
  /** A card about a referral now sits at `activityId` in this chat (sent as a reply or replaced by an invoke). */
  trackCard(chat: ConversationRef, activityId: string, referralId: string, version: number): Promise<void>;
}

const maxEntries = 50_000;

export function chatMemory(conversations: TeamsConversations, cards: TeamsCards, clock: Clock): ChatMemory {
  const chats = new Map<string, string>();
  const tracked = new Set<string>();
  const bounded = <T>(collection: Map<string, T> | Set<string>) => {
    if (collection.size > maxEntries) collection.clear();
  };
  return {
    async remember(chat) {
      const key = `${chat.tenantId}|${chat.userId}`;
      const value = `${chat.conversationId}|${chat.serviceUrl}`;
      if (chats.get(key) === value) return;
      await conversations.save(chat, clock.now());
      bounded(chats);
      chats.set(key, value);
    },
    async forget(chat) {
      chats.delete(`${chat.tenantId}|${chat.userId}`);
      await conversations.forget(chat.tenantId, chat.userId, chat.conversationId);
    },
    async trackCard(chat, activityId, referralId, version) {
      const key = `${chat.tenantId}|${chat.conversationId}|${activityId}`;
      if (tracked.has(key)) return;
      await cards.add(
        {
          id: crypto.randomUUID(),
          tenantId: chat.tenantId,
          referralId,
          userId: chat.userId,
          conversationId: chat.conversationId,
          serviceUrl: chat.serviceUrl,
          activityId,
          renderedVersion: version,
        },
        clock.now(),
      );
      bounded(tracked);
      tracked.add(key);
    },
  };
}
