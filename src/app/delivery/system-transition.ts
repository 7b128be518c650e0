import { nextState, type WorkflowAction } from '../../domain/workflow/index.ts';
import type { JobKind } from '../jobs/job-kinds.ts';
import type { AuditDetails } from '../ports/audit-trail.ts';
import type { ReferralChanges, ReferralRecord } from '../ports/referral-repository.ts';
import type { StoreTransaction } from '../ports/store.ts';
import { systemActorId } from '../referrals/purge-expired-referrals.ts';
import { queueReferralJobs } from '../jobs/queue-referral-jobs.ts';

export interface SystemTransition {
  readonly action: Extract<WorkflowAction, 'start_sending' | 'confirm_sent' | 'fail_sending'>;
  readonly changes?: Omit<ReferralChanges, 'state' | 'updatedAt'>;
  readonly audit?: AuditDetails;
  readonly jobs?: readonly JobKind[];
}

/** The referral is changed by someone else while the system moves it (should not happen: nobody else acts on it then). */
export class ReferralChangedError extends Error {
  override readonly name = 'ReferralChangedError';
}

/**
 * Moves a referral through a delivery step of the workflow within the caller's transaction: the
 * state change, the jobs it causes and its audit event (actor `system`) commit together.
 */
export async function systemTransition(
  tx: StoreTransaction,
  record: ReferralRecord,
  transition: SystemTransition,
  now: Date,
): Promise<ReferralRecord> {
  const state = nextState(record.state, transition.action, 'system');
  const saved = await tx.referrals.updateIfVersion(record.tenantId, record.id, record.version, {
    ...transition.changes,
    state,
    updatedAt: now,
  });
  if (!saved) throw new ReferralChangedError('referral changed during delivery');
  await queueReferralJobs(tx, saved, transition.jobs ?? [], now);
  await tx.audit.append({
    tenantId: saved.tenantId,
    at: now,
    actorId: systemActorId,
    action: `referral.${transition.action}`,
    referralId: saved.id,
    details: { ...transition.audit, from: record.state, to: state, version: saved.version },
  });
  return saved;
}
