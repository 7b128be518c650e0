import type { Principal } from '../auth/principal.ts';
import type { AuditDetails } from '../ports/audit-trail.ts';
import { findReadableReferral } from './find-readable-referral.ts';
import type { ReferralDeps } from './referral-deps.ts';

export interface HistoryEntry {
  readonly seq: number;
  readonly at: string;
  readonly action: string;
  readonly actorId: string;
  readonly details: AuditDetails;
}

/** The referral's audit trail, newest first, for those who may read it (the read itself is audited). */
export async function getReferralHistory(
  deps: ReferralDeps,
  principal: Principal,
  id: string,
): Promise<HistoryEntry[]> {
  const now = deps.clock.now();
  const events = await deps.store.transaction(async (tx) => {
    const record = await findReadableReferral(tx, principal, id, now, 'referral.history_read');
    return tx.audit.listForReferral(principal.tenantId, record.id);
  });
  return events.map((e) => ({
    seq: e.seq,
    at: e.at.toISOString(),
    action: e.action,
    actorId: e.actorId,
    details: e.details,
  }));
}
