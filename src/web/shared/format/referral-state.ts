import type { ReferralState } from '../../../domain/workflow/referral-states.ts';

export type BadgeColor =
  'brand' | 'danger' | 'important' | 'informative' | 'severe' | 'subtle' | 'success' | 'warning';

interface StateWording {
  readonly label: string;
  readonly color: BadgeColor;
}

const wording: Readonly<Record<ReferralState, StateWording>> = {
  draft: { label: 'Draft', color: 'informative' },
  submitted: { label: 'With {qaRole}', color: 'brand' },
  changes_requested: { label: 'Returned for changes', color: 'warning' },
  approved: { label: 'Approved', color: 'success' },
  sending: { label: 'Sending', color: 'success' },
  sent: { label: 'Sent to partnership', color: 'success' },
  send_failed: { label: 'Sending failed', color: 'danger' },
  declined: { label: 'Declined', color: 'subtle' },
  withdrawn: { label: 'Withdrawn', color: 'subtle' },
};

/** Each workflow state as the people involved name it; the QA role is the partnership's name for it. */
export function stateWording(state: ReferralState, qaRoleName: string): StateWording {
  const { label, color } = wording[state];
  return { label: label.replace('{qaRole}', qaRoleName), color };
}

/** States in which the deadline still matters to the referrer. */
export const activeStates: readonly ReferralState[] = [
  'draft',
  'submitted',
  'changes_requested',
  'approved',
  'sending',
  'send_failed',
];

export type DeadlineTone = 'overdue' | 'due-today' | 'soon' | 'ok';

/** How to present the days left: overdue and due today stand out, two days or fewer is soon. */
export function deadlineTone(daysLeft: number): DeadlineTone {
  if (daysLeft < 0) return 'overdue';
  if (daysLeft === 0) return 'due-today';
  return daysLeft <= 2 ? 'soon' : 'ok';
}

/** `3 working days left`, `Due today`, `Overdue by 2 working days` */
export function daysLeftText(daysLeft: number, dayKind: 'working' | 'calendar' = 'working'): string {
  const unit = (n: number) =>
    `${String(n)} ${dayKind === 'working' ? 'working ' : ''}day${n === 1 ? '' : 's'}`;
  if (daysLeft < 0) return `Overdue by ${unit(-daysLeft)}`;
  if (daysLeft === 0) return 'Due today';
  return `${unit(daysLeft)} left`;
}
