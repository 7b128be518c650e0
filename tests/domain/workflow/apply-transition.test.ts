import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { AppError } from '../../../src/domain/errors/index.ts';
import {
  availableActions,
  finalStates,
  nextState,
  referralStates,
  transitions,
  workflowActions,
  workflowActors,
  type ReferralState,
} from '../../../src/domain/workflow/index.ts';

const codeOf = (work: () => unknown): string | undefined => {
  try {
    work();
    return undefined;
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
};

describe('referral workflow', () => {
  it.each([
    ['draft', 'submit', 'referrer', 'submitted'],
    ['changes_requested', 'submit', 'referrer', 'submitted'],
    ['submitted', 'approve', 'assigned_reviewer', 'approved'],
    ['submitted', 'return', 'assigned_reviewer', 'changes_requested'],
    ['submitted', 'decline', 'assigned_reviewer', 'declined'],
    ['draft', 'withdraw', 'referrer', 'withdrawn'],
    ['submitted', 'withdraw', 'referrer', 'withdrawn'],
    ['changes_requested', 'withdraw', 'referrer', 'withdrawn'],
    ['approved', 'start_sending', 'system', 'sending'],
    ['sending', 'confirm_sent', 'system', 'sent'],
    ['sending', 'fail_sending', 'system', 'send_failed'],
    ['send_failed', 'retry_sending', 'partnership', 'approved'],
  ] as const)('moves %s --%s by %s--> %s', (from, action, actor, to) => {
    expect(nextState(from, action, actor)).toBe(to);
  });

  it('refuses a reviewer action by the referrer as not permitted', () => {
    expect(codeOf(() => nextState('submitted', 'approve', 'referrer'))).toBe('ACTION_NOT_PERMITTED');
  });

  it('refuses approving a referral that is not submitted as an invalid transition', () => {
    expect(codeOf(() => nextState('draft', 'approve', 'assigned_reviewer'))).toBe('INVALID_TRANSITION');
    expect(codeOf(() => nextState('approved', 'approve', 'assigned_reviewer'))).toBe('INVALID_TRANSITION');
  });

  it('never lets the referrer withdraw once the referral is approved or later', () => {
    for (const state of ['approved', 'sending', 'sent', 'send_failed', 'declined'] as const) {
      expect(codeOf(() => nextState(state, 'withdraw', 'referrer'))).toBe('INVALID_TRANSITION');
    }
  });

  it('answers every state × action × actor with the table or a typed error', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...referralStates),
        fc.constantFrom(...workflowActions),
        fc.constantFrom(...workflowActors),
        (state, action, actor) => {
          const rule = transitions.find(
            (t) => t.action === action && t.by === actor && t.from.includes(state),
          );
          if (rule) expect(nextState(state, action, actor)).toBe(rule.to);
          else
            expect(['ACTION_NOT_PERMITTED', 'INVALID_TRANSITION']).toContain(
              codeOf(() => nextState(state, action, actor)),
            );
        },
      ),
    );
  });

  it('has no way out of a final state', () => {
    for (const state of finalStates) {
      for (const actor of workflowActors) expect(availableActions(state, actor)).toEqual([]);
    }
  });

  it('reaches every state from draft', () => {
    const reached = new Set<ReferralState>(['draft']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of transitions) {
        if (t.from.some((s) => reached.has(s)) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...referralStates].sort());
  });

  it('offers the assigned reviewer exactly the three decisions on a submitted referral', () => {
    expect(availableActions('submitted', 'assigned_reviewer').sort()).toEqual([
      'approve',
      'decline',
      'return',
    ]);
  });
});
