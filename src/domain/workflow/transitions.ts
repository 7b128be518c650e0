import type { ReferralState } from './referral-states.ts';
import type { WorkflowActor } from './workflow-actors.ts';

export const workflowActions = [
  'submit',
  'approve',
  'return',
  'decline',
  'withdraw',
  'start_sending',
  'confirm_sent',
  'fail_sending',
  'retry_sending',
] as const;

export type WorkflowAction = (typeof workflowActions)[number];

export interface Transition {
  readonly action: WorkflowAction;
  readonly from: readonly ReferralState[];
  readonly to: ReferralState;
  readonly by: WorkflowActor;
}

/** The whole life cycle of a referral. Anything not listed here is refused. */
export const transitions: readonly Transition[] = [
  { action: 'submit', from: ['draft', 'changes_requested'], to: 'submitted', by: 'referrer' },
  { action: 'approve', from: ['submitted'], to: 'approved', by: 'assigned_reviewer' },
  { action: 'return', from: ['submitted'], to: 'changes_requested', by: 'assigned_reviewer' },
  { action: 'decline', from: ['submitted'], to: 'declined', by: 'assigned_reviewer' },
  { action: 'withdraw', from: ['draft', 'submitted', 'changes_requested'], to: 'withdrawn', by: 'referrer' },
  // Delivery is the system's: the outbox worker moves an approved referral through sending.
  { action: 'start_sending', from: ['approved'], to: 'sending', by: 'system' },
  { action: 'confirm_sent', from: ['sending'], to: 'sent', by: 'system' },
  { action: 'fail_sending', from: ['sending'], to: 'send_failed', by: 'system' },
  // After a failure the partnership business unit may ask for another attempt.
  { action: 'retry_sending', from: ['send_failed'], to: 'approved', by: 'partnership' },
];
