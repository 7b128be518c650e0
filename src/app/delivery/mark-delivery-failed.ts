import { jobKinds } from '../jobs/job-kinds.ts';
import type { DeliveryRun } from './delivery-run.ts';
import { RunOvertakenError } from './delivery-run.ts';
import { systemTransition } from './system-transition.ts';

/**
 * Gives up for this round: the referral moves to `send_failed` (the partnership may ask for a retry)
 * and the referrer and PRSG member are told. The delivery keeps its state, so a retry carries on from it.
 */
export async function markDeliveryFailed(run: DeliveryRun, code: string): Promise<void> {
  const { deps, referral, start } = run;
  const now = deps.clock.now();
  await deps.store.transaction(async (tx) => {
    const saved = await tx.deliveries.updateIfRun(referral.tenantId, referral.id, start.run, {
      lastError: code,
      updatedAt: now,
    });
    if (!saved) throw new RunOvertakenError('a later run began');
    const current = await tx.referrals.findById(referral.tenantId, referral.id);
    if (current?.state !== 'sending') return;
    await systemTransition(
      tx,
      current,
      {
        action: 'fail_sending',
        audit: { reason: code, attempts: saved.attempts },
        jobs: [jobKinds.notifySendFailed],
      },
      now,
    );
  });
}
