import type { Selectable } from 'kysely';
import type { AuditDetails, AuditEvent } from '../../app/ports/audit-trail.ts';
import type { HashedAuditFields } from './audit-hash.ts';
import type { AuditEventsTable } from './schema.ts';
import { fromDbTime } from './time-values.ts';

export type AuditRow = Selectable<AuditEventsTable>;

export function auditEventFromRow(row: AuditRow): AuditEvent {
  return {
    tenantId: row.tenant_id,
    seq: row.seq,
    at: fromDbTime(row.at),
    actorId: row.actor_id,
    action: row.action,
    referralId: row.referral_id,
    details: JSON.parse(row.details) as AuditDetails,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export function hashedFieldsFromRow(row: AuditRow): HashedAuditFields {
  return {
    tenantId: row.tenant_id,
    seq: row.seq,
    at: fromDbTime(row.at).toISOString(),
    actorId: row.actor_id,
    action: row.action,
    referralId: row.referral_id,
    details: row.details,
    prevHash: row.prev_hash,
  };
}
