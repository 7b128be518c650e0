import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { Principal } from '../../../app/auth/principal.ts';
import type { ConversationRef } from '../store/teams-store.ts';
import type { BotDeps } from './bot-deps.ts';

/** One Action.Execute, with the actor taken from the activity (never from `data`). */
export interface VerbInput {
  readonly deps: BotDeps;
  readonly principal: Principal;
  readonly chat: ConversationRef;
  /** The action's data merged with the card's input values, as Teams sends it. Untrusted. */
  readonly data: Readonly<Record<string, unknown>>;
  /** The message holding the card, when Teams says which. */
  readonly replyToId: string | undefined;
}

export type VerbHandler = (input: VerbInput) => Promise<IAdaptiveCard>;
