import { z } from 'zod';
import { AppError } from '../../domain/errors/index.ts';
import type { QaDecisionKind } from '../../domain/referral/index.ts';
import { targetState, type WorkflowAction } from '../../domain/workflow/index.ts';
import type { Principal } from '../auth/principal.ts';
import { jobKinds, type JobKind } from '../jobs/job-kinds.ts';
import { performTransition } from './perform-transition.ts';
import type { ReferralDeps } from './referral-deps.ts';
import type { ReferralView } from './referral-view.ts';

const freeText = (max: number) => z.string().trim().min(1, 'is required').max(max);
export const approveReferralInputSchema = z.strictObject({ comments: freeText(2000).optional() });
export const returnReferralInputSchema = z.strictObject({ comments: freeText(4000) });
export const declineReferralInputSchema = z.strictObject({ reason: freeText(4000) });

interface Decision {
  readonly action: Extract<WorkflowAction, 'approve' | 'return' | 'decline'>;
  readonly kind: QaDecisionKind;
  readonly jobs: readonly JobKind[];
}

const decisions = {
  approve: { action: 'approve', kind: 'approved', jobs: [jobKinds.notifyApproved, jobKinds.deliverReferral] },
  return: { action: 'return', kind: 'returned', jobs: [jobKinds.notifyReturned] },
  decline: { action: 'decline', kind: 'declined', jobs: [jobKinds.notifyDeclined] },
} as const satisfies Record<string, Decision>;

export interface DecisionOptions {
  /**
   * The submission the decision was made on (an approval card names it): a referral returned and sent
   * again since then is not decided, so nobody approves a version they have not seen. Checked in the
   * decision's own transaction.
   */
  readonly forSubmittedAt?: string;
}

/**
 * The assigned PRSG member's decision: approve (queues delivery), return with comments, or decline
 * with a reason. Comments go into the encrypted QA record, never into the audit trail.
 */
export function decideReferral(
  deps: ReferralDeps,
  principal: Principal,
  id: string,
  decision: keyof typeof decisions,
  comments: string | undefined,
  options: DecisionOptions = {},
): Promise<ReferralView> {
  const { action, kind, jobs } = decisions[decision];
  return performTransition(deps, principal, {
    id,
    action,
    actor: 'assigned_reviewer',
    // A new decision needs a new submission, so "in the decided state, last decided by me this way" is a repeat.
    alreadyDone: (record, content) => {
      const last = content.qaDecisions.at(-1);
      return (
        record.state === targetState(action) &&
        last?.decision === kind &&
        last.reviewerId === principal.userId
      );
    },
    plan: (record, content, now) => {
      if (
        options.forSubmittedAt !== undefined &&
        record.submittedAt?.toISOString() !== options.forSubmittedAt
      )
        throw new AppError('INVALID_TRANSITION', undefined, { details: { state: record.state } });
      return {
        changes: {
          content: {
            ...content,
            qaDecisions: [
              ...content.qaDecisions,
              {
                decision: kind,
                reviewerId: principal.userId,
                reviewerName: principal.displayName,
                at: now.toISOString(),
                ...(comments ? { comments } : {}),
              },
            ],
          },
          decidedAt: now,
        },
        audit: { decision: kind },
        jobs,
      };
    },
  });
}
