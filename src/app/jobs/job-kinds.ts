/**
 * Outbox job kinds. Notification jobs carry ids only; whoever delivers them (the Teams bot) loads
 * what it may show.
 */
export const jobKinds = {
  notifyReviewRequested: 'notify.review_requested',
  notifyReturned: 'notify.referral_returned',
  notifyApproved: 'notify.referral_approved',
  notifyDeclined: 'notify.referral_declined',
  notifyWithdrawn: 'notify.referral_withdrawn',
  notifySent: 'notify.referral_sent',
  notifySendFailed: 'notify.send_failed',
  deliverReferral: 'deliver.referral',
  retentionSweep: 'retention.sweep',
  notifyReminder: 'notify.reminder',
  remindersSweep: 'reminders.sweep',
} as const;

export type JobKind = (typeof jobKinds)[keyof typeof jobKinds];

export interface ReferralJobPayload {
  readonly referralId: string;
  /** The referral version the event produced; makes each event's job distinct. */
  readonly version: number;
}
