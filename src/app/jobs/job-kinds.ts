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
  deliveryWatchdog: 'delivery.watchdog',
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

/**
 * Claims a job may use before the queue gives up on it. Delivery has its own budget (the profile's
 * send attempts, after which the referral is `send_failed`); every 429 wait and every crash also
 * costs a claim, so the queue's limit must sit well above it or a referral could be left `sending`.
 */
export const maxAttemptsByKind: Partial<Record<JobKind, number>> = {
  [jobKinds.deliverReferral]: 100,
};
