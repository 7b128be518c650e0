import { AppError } from '../../domain/errors/index.ts';
import type { ReferralState, WorkflowActor } from '../../domain/workflow/index.ts';
import { hasRole, type Principal } from '../auth/principal.ts';
import type { ReferralRecord } from '../ports/referral-repository.ts';

/** States the partnership business unit sees: approved and after, never drafts. */
export const partnershipVisibleStates: readonly ReferralState[] = [
  'approved',
  'sending',
  'sent',
  'send_failed',
];

/** How the signed-in person stands to one referral, as workflow actors. */
export function actorsFor(principal: Principal, record: ReferralRecord): WorkflowActor[] {
  if (principal.tenantId !== record.tenantId) return [];
  const actors: WorkflowActor[] = [];
  const isOwner = record.ownerId === principal.userId;
  if (isOwner) actors.push('referrer');
  // A PRSG member never decides on their own referral.
  if (record.reviewerId === principal.userId && !isOwner && record.state !== 'draft')
    actors.push('assigned_reviewer');
  if (hasRole(principal, 'partnership') && partnershipVisibleStates.includes(record.state))
    actors.push('partnership');
  return actors;
}

export const canRead = (principal: Principal, record: ReferralRecord): boolean =>
  actorsFor(principal, record).length > 0;

/**
 * The referral, if this person may see it. Anyone else gets NOT_FOUND, exactly as for a referral that
 * does not exist, so references cannot be probed.
 */
export function requireReadable(principal: Principal, record: ReferralRecord | undefined): ReferralRecord {
  if (!record || !canRead(principal, record)) throw new AppError('NOT_FOUND');
  return record;
}

/** The referral, if this person may act on it as `actor`; 404 when they cannot see it, 403 when they can. */
export function requireActor(
  principal: Principal,
  record: ReferralRecord | undefined,
  actor: WorkflowActor,
): ReferralRecord {
  const readable = requireReadable(principal, record);
  if (!actorsFor(principal, readable).includes(actor)) throw new AppError('ACTION_NOT_PERMITTED');
  return readable;
}
