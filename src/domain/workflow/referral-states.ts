export const referralStates = [
  'draft',
  'submitted',
  'changes_requested',
  'approved',
  'sending',
  'sent',
  'send_failed',
  'declined',
  'withdrawn',
] as const;

export type ReferralState = (typeof referralStates)[number];

/** States in which the referrer may still edit the content. */
export const editableStates: readonly ReferralState[] = ['draft', 'changes_requested'];

/** States from which nothing moves on. */
export const finalStates: readonly ReferralState[] = ['sent', 'declined', 'withdrawn'];
