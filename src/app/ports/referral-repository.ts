import type { ReferralState } from '../../domain/workflow/index.ts';

/** A referral as stored. `content` is the form, decrypted; it is encrypted at rest. */
export interface ReferralRecord {
  readonly id: string;
  readonly tenantId: string;
  /** e.g. SSCP-2026-0042, unique per tenant. */
  readonly reference: string;
  readonly state: ReferralState;
  /** Starts at 1; each successful update adds 1. */
  readonly version: number;
  readonly ownerId: string;
  readonly agencyId: string;
  readonly reviewerId: string | null;
  /** Calendar date, YYYY-MM-DD. */
  readonly dueBy: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly submittedAt: Date | null;
  readonly decidedAt: Date | null;
  readonly sentAt: Date | null;
  readonly content: unknown;
}

export type NewReferral = Omit<ReferralRecord, 'version'>;

/** Fields an update may change; `updatedAt` is always set by the caller. */
export type ReferralChanges = Partial<
  Pick<
    ReferralRecord,
    'state' | 'agencyId' | 'reviewerId' | 'dueBy' | 'submittedAt' | 'decidedAt' | 'sentAt' | 'content'
  >
> & { readonly updatedAt: Date };

export interface ReferralListOptions {
  readonly limit?: number;
}

/** A referral due for the retention purge: ids and dates only, nothing decrypted. */
export interface RetentionCandidate {
  readonly tenantId: string;
  readonly id: string;
  readonly reference: string;
  readonly state: ReferralState;
  readonly updatedAt: Date;
}

export interface ReferralRepository {
  /** Stores a new referral at version 1. */
  insert(referral: NewReferral): Promise<ReferralRecord>;
  findById(tenantId: string, id: string): Promise<ReferralRecord | undefined>;
  /** Newest first. */
  listByOwner(tenantId: string, ownerId: string, options?: ReferralListOptions): Promise<ReferralRecord[]>;
  /** Newest first. */
  listByReviewer(
    tenantId: string,
    reviewerId: string,
    options?: ReferralListOptions,
  ): Promise<ReferralRecord[]>;
  /** Newest first. */
  listByStates(
    tenantId: string,
    states: readonly ReferralState[],
    options?: ReferralListOptions,
  ): Promise<ReferralRecord[]>;
  /**
   * Applies `changes` only if the stored version is still `expectedVersion`, adding 1 to it.
   * Returns the updated referral, or undefined when the version is stale (or the referral is gone).
   */
  updateIfVersion(
    tenantId: string,
    id: string,
    expectedVersion: number,
    changes: ReferralChanges,
  ): Promise<ReferralRecord | undefined>;
  /** Across tenants: referrals in `states` not updated since `updatedBefore`, oldest first. */
  listForRetention(
    states: readonly ReferralState[],
    updatedBefore: Date,
    limit: number,
  ): Promise<RetentionCandidate[]>;
  /** For retention purges; true when a row was removed. */
  delete(tenantId: string, id: string): Promise<boolean>;
}
