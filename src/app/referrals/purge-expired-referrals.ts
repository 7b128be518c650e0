import type { ReferralState } from '../../domain/workflow/index.ts';
import type { ReferralDeps } from './referral-deps.ts';

const dayMs = 86_400_000;
const batchSize = 200;

/** Drafts nobody finished; kept for the profile's abandoned-draft period. */
const abandonedStates: readonly ReferralState[] = ['draft', 'changes_requested', 'withdrawn'];
/** Referrals that reached an end; kept for the profile's retention period. */
const closedStates: readonly ReferralState[] = ['sent', 'declined'];

/** The system's id in the audit trail. */
export const systemActorId = 'system';

export interface PurgeResult {
  readonly abandoned: number;
  readonly closed: number;
}

/**
 * Retention: deletes abandoned drafts and closed referrals past their periods. Each purge is audited
 * (reference and state only, never content) in the same transaction as the delete.
 */
export async function purgeExpiredReferrals(deps: ReferralDeps): Promise<PurgeResult> {
  const now = deps.clock.now();
  const { abandonedDraftDays, sentReferralDays } = deps.profile.retention;
  return {
    abandoned: await purge(deps, abandonedStates, new Date(now.getTime() - abandonedDraftDays * dayMs), now),
    closed: await purge(deps, closedStates, new Date(now.getTime() - sentReferralDays * dayMs), now),
  };
}

async function purge(deps: ReferralDeps, states: readonly ReferralState[], before: Date, now: Date) {
  let purged = 0;
  for (;;) {
    const candidates = await deps.store.referrals.listForRetention(states, before, batchSize);
    for (const candidate of candidates) {
      const removed = await deps.store.transaction(async (tx) => {
        const current = await tx.referrals.findById(candidate.tenantId, candidate.id);
        // Touched since it was listed: it is no longer abandoned.
        if (!current || current.updatedAt.getTime() !== candidate.updatedAt.getTime()) return false;
        await tx.referrals.delete(candidate.tenantId, candidate.id);
        await tx.audit.append({
          tenantId: candidate.tenantId,
          at: now,
          actorId: systemActorId,
          action: 'referral.purged',
          referralId: candidate.id,
          details: {
            reference: candidate.reference,
            state: candidate.state,
            lastChange: candidate.updatedAt.toISOString(),
          },
        });
        return true;
      });
      if (removed) purged++;
    }
    if (candidates.length < batchSize) return purged;
  }
}
