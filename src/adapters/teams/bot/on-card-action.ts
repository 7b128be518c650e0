import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { z } from 'zod';
import { isAppError } from '../../../domain/errors/index.ts';
import { safeErrorFields } from '../../logging/safe-error-fields.ts';
import { errorCard } from '../cards/error-card.ts';
import { verbs } from '../cards/verbs.ts';
import { personalOnlyCard } from '../cards/welcome-card.ts';
import { actorOfOnce } from './actor.ts';
import type { BotDeps } from './bot-deps.ts';
import { cardResponse, refused } from './card-response.ts';
import { checkBack, checkNext, checkStart } from './check-verbs.ts';
import { envelopeOf } from './inbound-activity.ts';
import { approve, decline, refresh, returnForChanges } from './referral-verbs.ts';
import { startReferral } from './start-referral-verb.ts';
import type { VerbHandler } from './verb-input.ts';

const handlers: Readonly<Record<string, VerbHandler>> = {
  [verbs.checkStart]: checkStart,
  [verbs.checkNext]: checkNext,
  [verbs.checkBack]: checkBack,
  [verbs.startReferral]: startReferral,
  [verbs.refresh]: refresh,
  [verbs.approve]: approve,
  [verbs.return]: returnForChanges,
  [verbs.decline]: decline,
};

const invokeValueSchema = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.string().min(1).max(64),
    data: z.record(z.string(), z.unknown()).optional(),
  }),
});

const referralIdOf = (data: Readonly<Record<string, unknown>>): string | undefined => {
  const id = data.referralId;
  return typeof id === 'string' && z.uuid().safeParse(id).success ? id : undefined;
};

function deadline<T>(work: Promise<T>, ms: number, late: () => T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(late()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * `adaptiveCard/action`: the actor from the activity, the verb and data checked, the use case run,
 * and a card back within the invoke deadline, whatever happens. The slow part of any change (telling
 * other people, updating their cards) is already queued in the outbox by the use case.
 */
export async function onCardAction(deps: BotDeps, activity: unknown) {
  const envelope = envelopeOf(activity);
  if (!envelope) return { status: 400 } as const;
  const actor = await actorOfOnce(envelope, deps.allowedTenantIds, deps.referrals.directory);
  if (!actor.ok) return actor.reason === 'forbidden' ? refused : cardResponse(personalOnlyCard());
  await deps.chats.remember(actor.chat);

  const value = invokeValueSchema.safeParse((activity as { value?: unknown }).value);
  const handler = value.success ? handlers[value.data.action.verb] : undefined;
  if (!value.success || !handler) return cardResponse(errorCard('MALFORMED_JSON'));
  const data = value.data.action.data ?? {};
  const referralId = referralIdOf(data);

  const input = { deps, principal: actor.principal, chat: actor.chat, data, replyToId: envelope.replyToId };
  const work = Promise.resolve()
    .then(() => handler(input))
    .catch((error: unknown): IAdaptiveCard => {
      if (isAppError(error))
        return errorCard(error.code, error.code === 'NOT_FOUND' ? undefined : referralId);
      deps.logger.error({ ...safeErrorFields(error), verb: value.data.action.verb }, 'card action failed');
      return errorCard('INTERNAL_ERROR', referralId);
    });
  const card = await deadline(work, deps.invokeDeadlineMs, () =>
    errorCard('SERVICE_UNAVAILABLE', referralId),
  );
  return cardResponse(card);
}
