import { AppError } from '../../domain/errors/index.ts';
import { nextState, type WorkflowAction, type WorkflowActor } from '../../domain/workflow/index.ts';
import type { Principal } from '../auth/principal.ts';
import type { JobKind } from '../jobs/job-kinds.ts';
import type { AuditDetails } from '../ports/audit-trail.ts';
import type { ReferralChanges, ReferralRecord } from '../ports/referral-repository.ts';
import type { StoreTransaction } from '../ports/store.ts';
import { requireActor } from './referral-access.ts';
import { contentOf, type ReferralContent } from './referral-content.ts';
import type { ReferralDeps } from './referral-deps.ts';
import { toView, type ReferralView } from './referral-view.ts';
import { queueReferralJobs } from '../jobs/queue-referral-jobs.ts';

export interface TransitionPlan {
  readonly changes: Omit<ReferralChanges, 'state' | 'updatedAt'>;
  readonly audit: AuditDetails;
  readonly jobs: readonly JobKind[];
}

export interface TransitionRequest {
  readonly id: string;
  readonly action: WorkflowAction;
  readonly actor: WorkflowActor;
  /** True when this exact request already took effect (Teams and browsers re-send): answer it again, change nothing. */
  readonly alreadyDone: (record: ReferralRecord, content: ReferralContent) => boolean;
  /** Checks and changes for the transition; throws an AppError to refuse it. */
  readonly plan: (
    record: ReferralRecord,
    content: ReferralContent,
    now: Date,
  ) => TransitionPlan | Promise<TransitionPlan>;
}

type Attempt = { readonly record: ReferralRecord } | 'stale';

/**
 * Moves a referral through the workflow in one transaction: the state change, its audit event and the
 * jobs it causes commit together. When another change won a race, the request is re-read once: a
 * repeat of what won is answered as done, anything else gets INVALID_TRANSITION with the current state.
 */
export async function performTransition(
  deps: ReferralDeps,
  principal: Principal,
  request: TransitionRequest,
): Promise<ReferralView> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const now = deps.clock.now();
    const result = await deps.store.transaction((tx): Promise<Attempt> =>
      attemptOnce(tx, deps, principal, request, now),
    );
    if (result !== 'stale') return toView(result.record, principal, deps.profile, now);
  }
  throw new AppError('VERSION_CONFLICT');
}

async function attemptOnce(
  tx: StoreTransaction,
  deps: ReferralDeps,
  principal: Principal,
  request: TransitionRequest,
  now: Date,
): Promise<Attempt> {
  const record = requireActor(
    principal,
    await tx.referrals.findById(principal.tenantId, request.id),
    request.actor,
  );
  const content = contentOf(record);
  if (request.alreadyDone(record, content)) return { record };
  const state = nextState(record.state, request.action, request.actor);
  const plan = await request.plan(record, content, now);
  const saved = await tx.referrals.updateIfVersion(principal.tenantId, record.id, record.version, {
    ...plan.changes,
    state,
    updatedAt: now,
  });
  if (!saved) return 'stale';
  await queueReferralJobs(tx, saved, plan.jobs, now);
  await tx.audit.append({
    tenantId: principal.tenantId,
    at: now,
    actorId: principal.userId,
    action: `referral.${request.action}`,
    referralId: saved.id,
    details: { ...plan.audit, from: record.state, to: state, version: saved.version },
  });
  return { record: saved };
}
