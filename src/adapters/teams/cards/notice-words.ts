import type { NoticeKind } from '../../../app/notifications/notice-kinds.ts';

export interface NoticeWords {
  /** The first line of the card. */
  readonly banner: string;
  readonly warning: boolean;
  /** The chat list and notification preview: the reference and our words, nothing else. */
  readonly summary: string;
}

const words: Readonly<Record<NoticeKind, { banner: string; warning?: boolean }>> = {
  review_requested: { banner: 'A referral is waiting for your quality assurance.' },
  returned: { banner: 'Your referral was returned to you for changes.', warning: true },
  approved: { banner: 'Your referral was approved.' },
  declined: { banner: 'Your referral was declined.', warning: true },
  withdrawn: { banner: 'The referrer withdrew this referral. You do not need to review it.' },
  sent: { banner: 'Your referral was sent to the partnership.' },
  send_failed: { banner: 'Sending your referral to the partnership failed.', warning: true },
  due_in_2: { banner: 'Reminder: this referral is due in 2 working days.' },
  due_in_1: { banner: 'Reminder: this referral is due tomorrow.', warning: true },
  overdue: { banner: 'This referral is overdue.', warning: true },
};

export function noticeWords(kind: NoticeKind, reference: string): NoticeWords {
  const { banner, warning = false } = words[kind];
  return { banner, warning, summary: `${reference}: ${banner}` };
}
