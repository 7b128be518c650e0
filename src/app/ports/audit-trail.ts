import type { JsonValue } from './json-value.ts';

/** Never put personal content in details: ids, states and codes only. */
export type AuditDetails = { readonly [key: string]: JsonValue };

export interface NewAuditEvent {
  readonly tenantId: string;
  readonly at: Date;
  readonly actorId: string;
  readonly action: string;
  readonly referralId?: string | null;
  readonly details: AuditDetails;
}

export interface AuditEvent {
  readonly tenantId: string;
  /** 1, 2, 3 ... per tenant, without gaps. */
  readonly seq: number;
  readonly at: Date;
  readonly actorId: string;
  readonly action: string;
  readonly referralId: string | null;
  readonly details: AuditDetails;
  /** SHA-256 hex of the previous event of the tenant (64 zeros for the first). */
  readonly prevHash: string;
  /** SHA-256 hex over this event including prevHash. */
  readonly hash: string;
}

export type AuditChainBreak = 'sequence_gap' | 'prev_hash_mismatch' | 'hash_mismatch' | 'head_mismatch';

export type AuditVerification =
  | { readonly ok: true; readonly count: number }
  | { readonly ok: false; readonly brokenAtSeq: number; readonly reason: AuditChainBreak };

/** Append-only, hash-chained per tenant. */
export interface AuditTrail {
  append(event: NewAuditEvent): Promise<AuditEvent>;
  /** Newest first. */
  listForReferral(tenantId: string, referralId: string): Promise<AuditEvent[]>;
  /** Re-computes the tenant's chain from the first event. */
  verify(tenantId: string): Promise<AuditVerification>;
}
