export { referralStates, editableStates, finalStates, type ReferralState } from './referral-states.ts';
export { workflowActors, type WorkflowActor } from './workflow-actors.ts';
export { workflowActions, transitions, type WorkflowAction, type Transition } from './transitions.ts';
export { nextState, availableActions, targetState } from './apply-transition.ts';
