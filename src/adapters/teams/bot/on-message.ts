import { helpCard, personalOnlyCard, welcomeCard } from '../cards/welcome-card.ts';
import { cardMessage } from '../connector/bot-connector.ts';
import { actorOfOnce } from './actor.ts';
import type { BotDeps } from './bot-deps.ts';
import { envelopeOf } from './inbound-activity.ts';

const greetings = new Set(['hi', 'hello', 'hey', 'start', 'check', 'help', 'menu']);

const wordOf = (text: string | undefined) =>
  (text ?? '')
    .replace(/<at>.*?<\/at>/gi, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim();

type Send = (message: ReturnType<typeof cardMessage>) => Promise<unknown>;

/** A reply that cannot be delivered (Teams busy, chat gone) is logged; the person can simply ask again. */
async function reply(deps: BotDeps, send: Send, message: ReturnType<typeof cardMessage>): Promise<void> {
  try {
    await send(message);
  } catch (error) {
    const status = (error as { response?: { status?: unknown } } | null)?.response?.status;
    deps.logger.warn({ status: typeof status === 'number' ? status : undefined }, 'could not reply in Teams');
  }
}

/** A message in the chat: a greeting gets the welcome card, anything else the help card. Never silence. */
export async function onMessage(deps: BotDeps, activity: unknown, send: Send): Promise<void> {
  const envelope = envelopeOf(activity);
  if (!envelope) return;
  const actor = await actorOfOnce(envelope, deps.allowedTenantIds, deps.referrals.directory);
  if (!actor.ok) {
    if (actor.reason === 'not_personal')
      await reply(
        deps,
        send,
        cardMessage({ card: personalOnlyCard(), summary: 'Use me in a personal chat' }),
      );
    return;
  }
  await deps.chats.remember(actor.chat);
  const known = greetings.has(wordOf(envelope.text));
  const card = known ? welcomeCard(deps.cards) : helpCard(deps.cards);
  await reply(
    deps,
    send,
    cardMessage({ card, summary: known ? 'Practice review referrals' : 'How I can help' }),
  );
}

/** Installed (also by Graph, for someone a card is waiting for): remember the chat and say hello. */
export async function onInstall(deps: BotDeps, activity: unknown, send: Send): Promise<void> {
  const envelope = envelopeOf(activity);
  if (!envelope) return;
  const actor = await actorOfOnce(envelope, deps.allowedTenantIds, deps.referrals.directory);
  if (!actor.ok) return;
  await deps.chats.remember(actor.chat);
  await reply(
    deps,
    send,
    cardMessage({ card: welcomeCard(deps.cards), summary: 'Practice review referrals' }),
  );
}

/** Removed: the chat is gone, so proactive cards must find a new one (through Graph) next time. */
export async function onUninstall(deps: BotDeps, activity: unknown): Promise<void> {
  const envelope = envelopeOf(activity);
  if (!envelope) return;
  const actor = await actorOfOnce(envelope, deps.allowedTenantIds, deps.referrals.directory);
  if (actor.ok) await deps.chats.forget(actor.chat);
}
