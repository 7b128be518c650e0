import { jobKinds } from '../jobs/job-kinds.ts';

export const reminderKinds = ['due_in_2', 'due_in_1', 'overdue'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** Why a person is told about a referral. */
export type NoticeKind =
  | 'review_requested'
  | 'returned'
  | 'approved'
  | 'declined'
  | 'withdrawn'
  | 'sent'
  | 'send_failed'
  | ReminderKind;

/** The outbox job kinds that are events about one referral version, and what each tells people. */
export const noticeKindByJobKind: Readonly<Record<string, Exclude<NoticeKind, ReminderKind>>> = {
  [jobKinds.notifyReviewRequested]: 'review_requested',
  [jobKinds.notifyReturned]: 'returned',
  [jobKinds.notifyApproved]: 'approved',
  [jobKinds.notifyDeclined]: 'declined',
  [jobKinds.notifyWithdrawn]: 'withdrawn',
  [jobKinds.notifySent]: 'sent',
  [jobKinds.notifySendFailed]: 'send_failed',
};
