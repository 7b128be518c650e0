import type { Principal } from '../../../app/auth/principal.ts';
import type { ReviewerDirectory } from '../../../app/ports/reviewer-directory.ts';
import type { ConversationRef } from '../store/teams-store.ts';
import type { ActivityEnvelope } from './inbound-activity.ts';

export type Actor =
  | { readonly ok: true; readonly principal: Principal; readonly chat: ConversationRef }
  /** `forbidden`: not a person of an allowed tenant. `not_personal`: a group chat or channel. */
  | { readonly ok: false; readonly reason: 'forbidden' | 'not_personal' };

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const actors = new WeakMap<ActivityEnvelope, Promise<Actor>>();

/** `actorOf`, worked out once per activity (the guard and the handler both ask). */
export function actorOfOnce(
  activity: ActivityEnvelope,
  allowedTenantIds: readonly string[],
  directory: ReviewerDirectory,
): Promise<Actor> {
  let actor = actors.get(activity);
  if (!actor) {
    actor = actorOf(activity, allowedTenantIds, directory);
    actors.set(activity, actor);
  }
  return actor;
}

/**
 * Who is acting, from the (authenticated) activity itself: the sender's Entra object id and the
 * conversation's tenant, which must be allowed. Never from card data. Role and agency come from the
 * PRSG list, as for signed-in API calls.
 */
export async function actorOf(
  activity: ActivityEnvelope,
  allowedTenantIds: readonly string[],
  directory: ReviewerDirectory,
): Promise<Actor> {
  const tenantId = activity.conversation.tenantId ?? activity.channelData?.tenant?.id;
  const userId = activity.from.aadObjectId;
  if (!tenantId || !userId || !guid.test(userId) || !allowedTenantIds.includes(tenantId)) {
    return { ok: false, reason: 'forbidden' };
  }
  // Teams names group chats and channels; a 1:1 chat says `personal` (local test clients may say nothing).
  const type = activity.conversation.conversationType;
  if (type !== undefined && type !== 'personal') return { ok: false, reason: 'not_personal' };
  const reviewer = await directory.findReviewer(tenantId, userId);
  return {
    ok: true,
    principal: {
      tenantId,
      userId,
      displayName: activity.from.name ?? '',
      email: '',
      roles: reviewer ? ['reviewer'] : [],
      ...(reviewer ? { agencyId: reviewer.agencyId } : {}),
    },
    chat: {
      tenantId,
      userId,
      conversationId: activity.conversation.id,
      serviceUrl: activity.serviceUrl.replace(/\/+$/, ''),
    },
  };
}
