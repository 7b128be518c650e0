import type { Principal } from '../auth/principal.ts';
import type { ReferralRecord } from '../ports/referral-repository.ts';
import type { StoreTransaction } from '../ports/store.ts';
import { requireReadable } from './referral-access.ts';

/** Loads a referral this person may read (else NOT_FOUND) and audits the read in the same transaction. */
export async function findReadableReferral(
  tx: StoreTransaction,
  principal: Principal,
  id: string,
  at: Date,
  action = 'referral.read',
): Promise<ReferralRecord> {
  const record = requireReadable(principal, await tx.referrals.findById(principal.tenantId, id));
  await tx.audit.append({
    tenantId: principal.tenantId,
    at,
    actorId: principal.userId,
    action,
    referralId: record.id,
    details: { version: record.version, state: record.state },
  });
  return record;
}
