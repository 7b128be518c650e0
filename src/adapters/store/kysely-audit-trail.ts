import type { Kysely } from 'kysely';
import type { AuditEvent, AuditTrail, NewAuditEvent } from '../../app/ports/audit-trail.ts';
import { auditEventHash, genesisHash } from './audit-hash.ts';
import { auditEventFromRow } from './audit-rows.ts';
import { canonicalJson } from './canonical-json.ts';
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

export function createKyselyAuditTrail(db: Kysely<Database>): AuditTrail {
  return {
    append(event: NewAuditEvent): Promise<AuditEvent> {
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
    },

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
