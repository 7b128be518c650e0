export interface MailAddress {
  readonly address: string;
  readonly name?: string;
}

export interface MailAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** One email, as the delivery use case composes it; the transport knows the sending mailbox. */
export interface OutgoingMail {
  /** Tags the message, so a later run finds it in the mailbox whatever happened to this one. */
  readonly referralId: string;
  readonly to: readonly MailAddress[];
  readonly cc: readonly MailAddress[];
  readonly subject: string;
  readonly html: string;
  readonly attachments: readonly MailAttachment[];
}

/** A message of the sending mailbox, as far as the exactly-once protocol needs to know it. */
export interface MailboxMessage {
  readonly id: string;
  readonly isDraft: boolean;
  /** False for a draft whose attachment upload never finished: such a draft is never sent. */
  readonly complete: boolean;
  readonly internetMessageId: string | null;
  readonly createdAt: Date;
}

export interface DraftOptions {
  /** Runs before every request the draft needs (one per upload chunk); throws to stop the work. */
  beforeEachRequest(): Promise<void>;
}

/**
 * The steps of sending one message exactly once: find what an earlier run left, create a tagged
 * draft, send that draft, and look at it again. No step is retried inside the transport: a failed
 * request is reported, and the caller reconciles before it does anything twice.
 */
export interface MailTransport {
  /**
   * True when a send either happened or did not by the time `send` settles (a local outbox). False for
   * a mail service that sends asynchronously: a message can still look like a draft after it was accepted.
   */
  readonly confirmsImmediately: boolean;
  /** Messages tagged with this referral id, in any folder of the sending mailbox. */
  findTagged(referralId: string): Promise<MailboxMessage[]>;
  createDraft(mail: OutgoingMail, options: DraftOptions): Promise<MailboxMessage>;
  /** Asks for the draft to be sent. Resolves once the service has accepted it. */
  send(messageId: string): Promise<void>;
  /** The message by id, or undefined when nothing has that id (any more). */
  getMessage(messageId: string): Promise<MailboxMessage | undefined>;
  /** Removes a draft for good. */
  deleteDraft(messageId: string): Promise<void>;
}

/**
 * - `throttled`: asked to slow down; try again after `retryAfterMs`.
 * - `unavailable`: no answer, a timeout or a server error: the request may or may not have taken effect.
 * - `unauthorized`: no token, or the service refused the app's credentials or permissions.
 * - `not_found`: the message (or mailbox) is not there.
 * - `rejected`: the service refused the request as it stands; repeating it will not help.
 */
export type MailFailureKind = 'throttled' | 'unavailable' | 'unauthorized' | 'not_found' | 'rejected';

/** A transport failure. The message is a short code, never personal data. */
export class MailTransportError extends Error {
  override readonly name = 'MailTransportError';
  readonly kind: MailFailureKind;
  readonly retryAfterMs: number | undefined;
  /** A short service code (e.g. HTTP 503 or ErrorItemNotFound) for logs and the job's last error. */
  readonly code: string;

  constructor(kind: MailFailureKind, code: string, retryAfterMs?: number) {
    super(`${kind}: ${code}`);
    this.kind = kind;
    this.code = code;
    this.retryAfterMs = retryAfterMs;
  }
}

export const isMailTransportError = (error: unknown): error is MailTransportError =>
  error instanceof MailTransportError;
