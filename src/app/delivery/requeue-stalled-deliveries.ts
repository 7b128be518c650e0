import { jobKinds, maxAttemptsByKind } from '../jobs/job-kinds.ts';
import type { ReferralDeps } from '../referrals/referral-deps.ts';

/** Long enough that a delivery between two claims (waiting out a 429, a backoff) is never taken for stalled. */
export const stalledAfterMs = 30 * 60_000;
const batch = 50;

/**
 * The delivery watchdog: an approved referral must never sit unsent because its job ran out of claims
 * (a process killed on the job's last claim, repeatedly). Each such referral gets a fresh delivery job,
 * audited; the delivery carries on from what the mailbox holds, so nothing is sent twice, and its own
 * attempt budget still ends in `send_failed` with a notice when the mailbox keeps refusing.
 */
export async function requeueStalledDeliveries(deps: ReferralDeps): Promise<{ readonly requeued: number }> {
  const now = deps.clock.now();
  const stalled = await deps.store.deliveries.listStalled(new Date(now.getTime() - stalledAfterMs), batch);
  for (const { tenantId, referralId, version } of stalled) {
    await deps.store.transaction(async (tx) => {
      await tx.jobs.enqueue({
        tenantId,
        kind: jobKinds.deliverReferral,
        payload: { referralId, version },
        runAt: now,
        now,
        dedupeKey: `${referralId}:${String(version)}:${jobKinds.deliverReferral}:requeued:${now.toISOString()}`,
        maxAttempts: maxAttemptsByKind[jobKinds.deliverReferral] ?? 100,
      });
      await tx.audit.append({
        tenantId,
        at: now,
        actorId: 'system',
        action: 'referral.delivery_requeued',
        referralId,
        details: { reason: 'no_live_delivery_job', version },
      });
    });
  }
  return { requeued: stalled.length };
}
