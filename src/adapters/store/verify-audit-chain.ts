import type { Kysely } from 'kysely';
import type { AuditVerification } from '../../app/ports/audit-trail.ts';
import { auditEventHash, genesisHash } from './audit-hash.ts';
import { hashedFieldsFromRow } from './audit-rows.ts';
import type { Database } from './schema.ts';

const pageSize = 500;

/**
 * Walks the chain up to the head read first: events and head commit together, so anything past
 * that head was appended after verification began and is left for the next run.
 */
export async function verifyAuditChain(db: Kysely<Database>, tenantId: string): Promise<AuditVerification> {
  const head = await db
    .selectFrom('audit_heads')
    .select(['seq', 'hash'])
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  if (!head) {
    const orphan = await db
      .selectFrom('audit_events')
      .select('seq')
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    return orphan ? { ok: false, brokenAtSeq: 1, reason: 'head_mismatch' } : { ok: true, count: 0 };
  }

  let expectedSeq = 1;
  let prevHash = genesisHash;
  while (expectedSeq <= head.seq) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('seq', '>=', expectedSeq)
      .where('seq', '<=', head.seq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.seq !== expectedSeq) return { ok: false, brokenAtSeq: expectedSeq, reason: 'sequence_gap' };
      if (row.prev_hash !== prevHash)
        return { ok: false, brokenAtSeq: row.seq, reason: 'prev_hash_mismatch' };
      if (auditEventHash(hashedFieldsFromRow(row)) !== row.hash) {
        return { ok: false, brokenAtSeq: row.seq, reason: 'hash_mismatch' };
      }
      prevHash = row.hash;
      expectedSeq += 1;
    }
  }
  if (expectedSeq <= head.seq) return { ok: false, brokenAtSeq: expectedSeq, reason: 'sequence_gap' };
  if (prevHash !== head.hash) return { ok: false, brokenAtSeq: head.seq, reason: 'head_mismatch' };
  return { ok: true, count: head.seq };
}
