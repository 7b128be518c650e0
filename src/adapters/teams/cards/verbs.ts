/** Every Action.Execute verb the bot's cards use. Anything else is an unknown verb. */
export const verbs = {
  checkStart: 'check.start',
  checkNext: 'check.next',
  checkBack: 'check.back',
  startReferral: 'referral.start',
  refresh: 'refresh',
  approve: 'referral.approve',
  return: 'referral.return',
  decline: 'referral.decline',
} as const;

export type Verb = (typeof verbs)[keyof typeof verbs];
