/** Where a person's 1:1 chat with the bot is. */
export interface ConversationRef {
  readonly tenantId: string;
  readonly userId: string;
  readonly conversationId: string;
  readonly serviceUrl: string;
}

export interface TeamsConversations {
  find(tenantId: string, userId: string): Promise<ConversationRef | undefined>;
  save(ref: ConversationRef, now: Date): Promise<void>;
  /** Forgets the chat (the app was removed, or Teams no longer knows it), unless it has changed since. */
  forget(tenantId: string, userId: string, conversationId: string): Promise<void>;
}

/** A card sent about a referral, to update when the referral changes. */
export interface SentCard {
  readonly id: string;
  readonly tenantId: string;
  readonly referralId: string;
  readonly userId: string;
  readonly conversationId: string;
  readonly serviceUrl: string;
  readonly activityId: string;
  /** The referral version the card shows. */
  readonly renderedVersion: number;
}

export interface TeamsCards {
  listForReferral(tenantId: string, referralId: string): Promise<SentCard[]>;
  /** Records a card; a card already recorded (same chat and activity) is left as it is. */
  add(card: SentCard, now: Date): Promise<void>;
  markRendered(id: string, version: number, now: Date): Promise<void>;
  remove(id: string): Promise<void>;
}

export type DeliveryState = 'sending' | 'sent' | 'undeliverable';

export interface DeliveryRecord {
  readonly state: DeliveryState;
  readonly activityId: string | null;
  /** How many times a send was started. */
  readonly attempts: number;
}

export interface DeliveryKey {
  readonly tenantId: string;
  readonly key: string;
}

/**
 * One row per notification (event × recipient). `sending` is written before the send and `sent` after,
 * so a re-run knows a notification went out; a `sending` row found at the start of a send means the
 * previous attempt's outcome is unknown.
 */
export interface TeamsDeliveries {
  find(key: DeliveryKey): Promise<DeliveryRecord | undefined>;
  /** Marks a send as started; answers the row as it now is (attempts counted), or undefined if it is finished. */
  begin(
    key: DeliveryKey,
    about: { readonly referralId: string; readonly userId: string },
    now: Date,
  ): Promise<DeliveryRecord | undefined>;
  markSent(key: DeliveryKey, activityId: string, now: Date): Promise<void>;
  markUndeliverable(
    key: DeliveryKey,
    about: { readonly referralId: string; readonly userId: string },
    now: Date,
  ): Promise<void>;
  /** The send certainly did not happen (the service refused it): forget the attempt. */
  abandon(key: DeliveryKey): Promise<void>;
}

export type CardActionClaim =
  | { readonly claimed: true }
  | { readonly claimed: false; readonly referralId: string | null; readonly createdAt: Date };

/** Card actions that create something (a draft), remembered so a re-sent invoke finds what it made. */
export interface TeamsCardActions {
  claim(tenantId: string, userId: string, actionKey: string, now: Date): Promise<CardActionClaim>;
  complete(tenantId: string, userId: string, actionKey: string, referralId: string): Promise<void>;
  release(tenantId: string, userId: string, actionKey: string): Promise<void>;
}

export interface TeamsStoreRepositories {
  readonly conversations: TeamsConversations;
  readonly cards: TeamsCards;
  readonly deliveries: TeamsDeliveries;
  readonly cardActions: TeamsCardActions;
}

export interface TeamsStore extends TeamsStoreRepositories {
  transaction<T>(work: (tx: TeamsStoreRepositories) => Promise<T>): Promise<T>;
}
