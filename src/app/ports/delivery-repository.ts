/**
 * Where the delivery of one referral stands, so that a crashed or repeated run carries on from the
 * last step it recorded instead of starting again.
 *
 * - `creating`: no usable draft is known; look in the mailbox for a tagged message before creating one.
 * - `draft_created`: `messageId` is a complete draft that no run has asked to send yet.
 * - `send_unconfirmed`: a send of `messageId` was requested at `sendRequestedAt`; it may or may not have gone.
 * - `sent`: the mailbox shows `messageId` as sent.
 */
export const deliveryStates = ['creating', 'draft_created', 'send_unconfirmed', 'sent'] as const;
export type DeliveryState = (typeof deliveryStates)[number];

export interface DeliveryRecord {
  readonly tenantId: string;
  readonly referralId: string;
  readonly state: DeliveryState;
  readonly messageId: string | null;
  /** The RFC 5322 Message-ID the mailbox gave the message. */
  readonly internetMessageId: string | null;
  /**
   * Runs of the delivery job so far, never reset. Each run adds 1 when it starts, and its writes apply
   * only while the count is still its own number: a run overtaken by a later one (a lease that ran out
   * under it) can no longer change anything.
   */
  readonly run: number;
  /** Runs since the referral last moved to `sending` (reset when the partnership asks for a retry). */
  readonly attempts: number;
  readonly sendRequestedAt: Date | null;
  /** Set when the mailbox answered a send with 202 Accepted but did not yet show the message as sent. */
  readonly sendAcceptedAt: Date | null;
  /** A short code (never personal data) of the last failure. */
  readonly lastError: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly sentAt: Date | null;
}

export type DeliveryChanges = Partial<
  Pick<
    DeliveryRecord,
    | 'state'
    | 'messageId'
    | 'internetMessageId'
    | 'attempts'
    | 'sendRequestedAt'
    | 'sendAcceptedAt'
    | 'lastError'
    | 'sentAt'
  >
> & { readonly updatedAt: Date };

/** An approved or sending referral with no delivery job waiting or running. */
export interface StalledDelivery {
  readonly tenantId: string;
  readonly referralId: string;
  readonly version: number;
}

export interface DeliveryRepository {
  find(tenantId: string, referralId: string): Promise<DeliveryRecord | undefined>;
  /** The referral's delivery; created in state `creating`, with no runs, when there is none yet. */
  open(tenantId: string, referralId: string, now: Date): Promise<DeliveryRecord>;
  /** Starts a run: adds 1 to `run` and `attempts` and returns the row, whose `run` is the run's own number. */
  beginRun(tenantId: string, referralId: string, now: Date): Promise<DeliveryRecord | undefined>;
  /** Applies `changes` only while `run` is still the given one; undefined once a later run has begun. */
  updateIfRun(
    tenantId: string,
    referralId: string,
    run: number,
    changes: DeliveryChanges,
  ): Promise<DeliveryRecord | undefined>;
  /**
   * Referrals in `approved` or `sending`, unchanged since `before`, with no `deliver.referral` job
   * pending or leased: a delivery nobody is working on (its job ran out of claims), oldest first.
   */
  listStalled(before: Date, limit: number): Promise<readonly StalledDelivery[]>;
}
