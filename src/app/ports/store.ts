import type { AuditTrail } from './audit-trail.ts';
import type { DeliveryRepository } from './delivery-repository.ts';
import type { JobQueue } from './job-queue.ts';
import type { ReferenceCounter } from './reference-counter.ts';
import type { ReferralRepository } from './referral-repository.ts';

/**
 * Repositories bound to one transaction, so a change, its audit event and its jobs commit together.
 * Append audit events last: an append holds the tenant's audit chain until the transaction ends.
 */
export interface StoreTransaction {
  readonly referrals: ReferralRepository;
  readonly audit: AuditTrail;
  readonly jobs: JobQueue;
  readonly references: ReferenceCounter;
  readonly deliveries: DeliveryRepository;
}

/** The repositories outside a transaction (each call commits on its own), plus transactions. */
export interface Store extends StoreTransaction {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T>;
  /** Resolves when the database answers (readiness checks). */
  ping(): Promise<void>;
}
