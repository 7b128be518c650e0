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

/**
 * The hashed text around the two values only the chain head knows: `prefix + seq + middle + prevHash + suffix`
 * is exactly `JSON.stringify(['audit-v1', tenantId, seq, at, actorId, action, referralId, details, prevHash])`
 * (seq is an integer and prevHash lowercase hex, so neither needs escaping). PostgreSQL fills in the two
 * inside the statement that advances the head; see kysely-audit-trail.ts.
 */
export interface AuditHashTemplate {
  readonly prefix: string;
  readonly middle: string;
  readonly suffix: string;
}

export function auditHashTemplate(fields: Omit<HashedAuditFields, 'seq' | 'prevHash'>): AuditHashTemplate {
  const json = JSON.stringify;
  return {
    prefix: `[${json('audit-v1')},${json(fields.tenantId)},`,
    middle: `,${json(fields.at)},${json(fields.actorId)},${json(fields.action)},${json(fields.referralId)},${json(fields.details)},"`,
    suffix: '"]',
  };
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
