import type { ReferralRecord } from '../ports/referral-repository.ts';
import type { StoreTransaction } from '../ports/store.ts';
import { maxAttemptsByKind, type JobKind } from './job-kinds.ts';

/**
 * Queues the jobs a referral change causes, in the change's own transaction. One job per kind and
 * version: a repeated change cannot queue a second copy.
 */
export async function queueReferralJobs(
  tx: StoreTransaction,
  referral: Pick<ReferralRecord, 'id' | 'tenantId' | 'version'>,
  kinds: readonly JobKind[],
  now: Date,
): Promise<void> {
  await tx.jobs.enqueueAll(
    kinds.map((kind) => {
      const maxAttempts = maxAttemptsByKind[kind];
      return {
        tenantId: referral.tenantId,
        kind,
        payload: { referralId: referral.id, version: referral.version },
        runAt: now,
        now,
        dedupeKey: `${referral.id}:${referral.version}:${kind}`,
        ...(maxAttempts ? { maxAttempts } : {}),
      };
    }),
  );
}
