import { createHash } from 'node:crypto';

export const genesisHash = '0'.repeat(64);

export interface HashedAuditFields {
  readonly tenantId: string;
  readonly seq: number;
  /** ISO-8601 UTC. */
  readonly at: string;
  readonly actorId: string;
  readonly action: string;
  readonly referralId: string | null;
  /** The canonical JSON text exactly as stored. */
  readonly details: string;
  readonly prevHash: string;
}

/** SHA-256 hex over a JSON array of the fields in fixed order: unambiguous, unlike joined strings. */
export function auditEventHash(fields: HashedAuditFields): string {
  const canonical = JSON.stringify([
    'audit-v1',
    fields.tenantId,
    fields.seq,
    fields.at,
    fields.actorId,
    fields.action,
    fields.referralId,
    fields.details,
    fields.prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
