import { AppError } from '../errors/index.ts';
import type { ReferralState } from './referral-states.ts';
import { transitions, type WorkflowAction } from './transitions.ts';
import type { WorkflowActor } from './workflow-actors.ts';

/**
 * The state a referral moves to when `actor` performs `action` in `state`.
 * Throws ACTION_NOT_PERMITTED when that actor never performs that action,
 * INVALID_TRANSITION when the action is theirs but not from this state.
 */
export function nextState(state: ReferralState, action: WorkflowAction, actor: WorkflowActor): ReferralState {
  const transition = transitions.find((t) => t.action === action);
  if (!transition || transition.by !== actor) {
    throw new AppError('ACTION_NOT_PERMITTED', undefined, { details: { action } });
  }
  if (!transition.from.includes(state)) {
    throw new AppError('INVALID_TRANSITION', undefined, { details: { action, state } });
  }
  return transition.to;
}

/** The actions `actor` may take now: what a card or a page offers as buttons. */
export function availableActions(state: ReferralState, actor: WorkflowActor): WorkflowAction[] {
  return transitions.filter((t) => t.by === actor && t.from.includes(state)).map((t) => t.action);
}

/** Where an action leads: used to recognise a repeated request that already took effect. */
export function targetState(action: WorkflowAction): ReferralState {
  const transition = transitions.find((t) => t.action === action);
  if (!transition) throw new AppError('ACTION_NOT_PERMITTED', undefined, { details: { action } });
  return transition.to;
}
