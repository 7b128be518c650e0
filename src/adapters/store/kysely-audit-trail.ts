import { sql, type Kysely } from 'kysely';
import type { AuditEvent, AuditTrail, NewAuditEvent } from '../../app/ports/audit-trail.ts';
import { auditEventHash, auditHashTemplate, genesisHash } from './audit-hash.ts';
import { auditEventFromRow, type AuditRow } from './audit-rows.ts';
import { canonicalJson } from './canonical-json.ts';
import type { SqlDialect } from './database-handle.ts';
import { inTransaction } from './in-transaction.ts';
import type { Database } from './schema.ts';
import { toDbTime } from './time-values.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

/**
 * Appends lock the tenant's head row until commit: a no-op upsert takes the row lock and returns the
 * head in one statement (on PostgreSQL a concurrent append waits and then sees the new head).
 */
async function lockHead(tx: Kysely<Database>, tenantId: string): Promise<{ seq: number; hash: string }> {
  return tx
    .insertInto('audit_heads')
    .values({ tenant_id: tenantId, seq: 0, hash: genesisHash })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet((eb) => ({ seq: eb.ref('audit_heads.seq') })))
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
}

/** SQLite (one writer at a time, in-process): lock the head, hash in JS, insert, move the head. */
function appendWithLockedHead(db: Kysely<Database>, event: NewAuditEvent): Promise<AuditEvent> {
  return inTransaction(db, async (tx) => {
    const head = await lockHead(tx, event.tenantId);
    const fields = {
      tenantId: event.tenantId,
      seq: head.seq + 1,
      at: toDbTime(event.at),
      actorId: event.actorId,
      action: event.action,
      referralId: event.referralId ?? null,
      details: canonicalJson(event.details),
      prevHash: head.hash,
    };
    const hash = auditEventHash(fields);
    const row = await tx
      .insertInto('audit_events')
      .values({
        tenant_id: fields.tenantId,
        seq: fields.seq,
        at: fields.at,
        actor_id: fields.actorId,
        action: fields.action,
        referral_id: fields.referralId,
        details: fields.details,
        prev_hash: fields.prevHash,
        hash,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('audit_heads')
      .set({ seq: fields.seq, hash })
      .where('tenant_id', '=', event.tenantId)
      .execute();
    return auditEventFromRow(row);
  });
}

/**
 * PostgreSQL: one statement advances the head (taking its row lock), computes the new hash from the head's
 * seq and hash with the same text auditEventHash hashes, and inserts the event. Concurrent appends queue on
 * the head's lock; holding it for one round trip and the commit, instead of three, is what lets approvals
 * and autosaves of one tenant keep up with each other. Under READ COMMITTED a waiting UPDATE re-reads the
 * head it waited for, so the chain stays gapless.
 */
async function appendInOneStatement(db: Kysely<Database>, event: NewAuditEvent): Promise<AuditEvent> {
  const at = toDbTime(event.at);
  const referralId = event.referralId ?? null;
  const details = canonicalJson(event.details);
  const text = auditHashTemplate({
    tenantId: event.tenantId,
    at,
    actorId: event.actorId,
    action: event.action,
    referralId,
    details,
  });
  const append = () =>
    sql<AuditRow>`
      with head as (
        update audit_heads
        set prev_hash = hash,
            seq = seq + 1,
            hash = encode(sha256(convert_to(
              ${text.prefix}::text || (seq + 1)::text || ${text.middle}::text || hash || ${text.suffix}::text,
              'UTF8')), 'hex')
        where tenant_id = ${event.tenantId}
        returning seq, hash, prev_hash
      )
      insert into audit_events (tenant_id, seq, at, actor_id, action, referral_id, details, prev_hash, hash)
      select ${event.tenantId}::text, head.seq, ${at}::timestamptz, ${event.actorId}::text, ${event.action}::text,
             ${referralId}::text, ${details}::text, head.prev_hash, head.hash
      from head
      returning *`.execute(db);
  let result = await append();
  if (result.rows.length === 0) {
    // The tenant's first event: create its head (a racing first append may win; either way it exists).
    await db
      .insertInto('audit_heads')
      .values({ tenant_id: event.tenantId, seq: 0, hash: genesisHash })
      .onConflict((oc) => oc.column('tenant_id').doNothing())
      .execute();
    result = await append();
  }
  const [row] = result.rows;
  if (!row) throw new Error('audit head missing after it was created');
  return auditEventFromRow(row);
}

export function createKyselyAuditTrail(db: Kysely<Database>, dialect: SqlDialect): AuditTrail {
  return {
    append: (event) =>
      dialect === 'postgres' ? appendInOneStatement(db, event) : appendWithLockedHead(db, event),

    async listForReferral(tenantId, referralId) {
      const rows = await db
        .selectFrom('audit_events')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('referral_id', '=', referralId)
        .orderBy('seq', 'desc')
        .execute();
      return rows.map(auditEventFromRow);
    },

    verify: (tenantId) => verifyAuditChain(db, tenantId),
  };
}
