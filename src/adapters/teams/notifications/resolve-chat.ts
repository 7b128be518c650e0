import type { ConversationRef } from '../store/teams-store.ts';
import type { NotifierDeps } from './notifier-deps.ts';

/** The person's 1:1 chat with the bot: known from their last message, else found (installed) through Graph. */
export async function resolveChat(
  deps: NotifierDeps,
  tenantId: string,
  userId: string,
): Promise<ConversationRef | undefined> {
  const known = await deps.teams.conversations.find(tenantId, userId);
  if (known) return known;
  if (!deps.installer) return undefined;
  const conversationId = await deps.installer.chatWith(tenantId, userId);
  if (!conversationId) return undefined;
  const ref = { tenantId, userId, conversationId, serviceUrl: deps.connectorEndpoint };
  await deps.teams.conversations.save(ref, deps.referrals.clock.now());
  return ref;
}
