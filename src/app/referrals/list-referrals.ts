import { z } from 'zod';
import { AppError } from '../../domain/errors/index.ts';
import { hasRole, type Principal } from '../auth/principal.ts';
import type { ReferralRecord } from '../ports/referral-repository.ts';
import { canRead, partnershipVisibleStates } from './referral-access.ts';
import type { ReferralDeps } from './referral-deps.ts';
import { toSummary, type ReferralSummary } from './referral-view.ts';

export const referralListViews = ['mine', 'review', 'partnership'] as const;
export const listReferralsInputSchema = z.strictObject({ view: z.enum(referralListViews).default('mine') });
export type ReferralListView = (typeof referralListViews)[number];

/** My referrals, those submitted to me for QA, or (business unit) those approved and sent. Audited. */
export async function listReferrals(
  deps: ReferralDeps,
  principal: Principal,
  view: ReferralListView,
): Promise<ReferralSummary[]> {
  if (view === 'partnership' && !hasRole(principal, 'partnership')) throw new AppError('NOT_FOUND');
  const now = deps.clock.now();
  const records = await deps.store.transaction(async (tx) => {
    const found = await load(tx.referrals, principal, view);
    const readable = found.filter((r) => canRead(principal, r));
    await tx.audit.append({
      tenantId: principal.tenantId,
      at: now,
      actorId: principal.userId,
      action: 'referral.listed',
      details: { view, count: readable.length },
    });
    return readable;
  });
  return records.map((r) => toSummary(r, deps.profile, now));
}

function load(
  referrals: ReferralDeps['store']['referrals'],
  principal: Principal,
  view: ReferralListView,
): Promise<ReferralRecord[]> {
  switch (view) {
    case 'mine':
      return referrals.listByOwner(principal.tenantId, principal.userId);
    case 'review':
      return referrals.listByReviewer(principal.tenantId, principal.userId);
    case 'partnership':
      return referrals.listByStates(principal.tenantId, partnershipVisibleStates);
  }
}
