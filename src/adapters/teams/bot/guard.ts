import { actorOfOnce } from './actor.ts';
import type { BotDeps } from './bot-deps.ts';
import { refused } from './card-response.ts';
import { envelopeOf } from './inbound-activity.ts';

const unsupported = { status: 400 } as const;

/**
 * Runs before every route: an activity not from a person of an allowed tenant gets a 403 and goes no
 * further, whatever its type; an invoke other than a card action (the app declares no other) a 400.
 * Group chats and channels pass on, to be told to use a personal chat.
 */
export async function guardActivity(
  deps: BotDeps,
  activity: unknown,
): Promise<typeof refused | typeof unsupported | undefined> {
  const envelope = envelopeOf(activity);
  if (!envelope) return refused;
  const actor = await actorOfOnce(envelope, deps.allowedTenantIds, deps.referrals.directory);
  if (!actor.ok && actor.reason === 'forbidden') return refused;
  return envelope.type === 'invoke' && envelope.name !== 'adaptiveCard/action' ? unsupported : undefined;
}
