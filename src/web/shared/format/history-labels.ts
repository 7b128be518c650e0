import type { HistoryEvent } from '../api/api-types.ts';

/** Audit actions as a timeline reads them. Reads and lists are kept but shown only on request. */
const labels: Readonly<Record<string, string>> = {
  'referral.created': 'Referral started',
  'referral.updated': 'Changes saved',
  'referral.submit': 'Sent to the PRSG member for quality assurance',
  'referral.approve': 'Approved by the PRSG member',
  'referral.return': 'Returned for changes',
  'referral.decline': 'Declined by the PRSG member',
  'referral.withdraw': 'Withdrawn',
  'referral.start_sending': 'Sending to the partnership',
  'referral.confirm_sent': 'Sent to the partnership mailbox',
  'referral.fail_sending': 'Sending failed',
  'referral.retry_sending': 'Sending retried',
  'referral.delivery_requeued': 'Sending restarted by the service',
  'referral.read': 'Opened',
  'referral.history_read': 'Timeline viewed',
  'referral.purged': 'Deleted under the retention policy',
};

const viewingActions = new Set(['referral.read', 'referral.history_read', 'referral.listed']);

export const isViewingEvent = (event: HistoryEvent): boolean => viewingActions.has(event.action);

export function historyLabel(event: HistoryEvent, qaRoleName: string): string {
  const label = labels[event.action];
  if (label) return label.replace('PRSG member', qaRoleName);
  // An action added later still reads as words: `referral.some_thing` → `Some thing`.
  const words = event.action.replace(/^referral\./, '').replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Consecutive autosaves by the same person collapse into one entry ("Changes saved (12 times)"), so the
 * timeline shows what happened rather than every keystroke pause.
 */
export function collapseAutosaves(events: readonly HistoryEvent[]): { event: HistoryEvent; count: number }[] {
  const rows: { event: HistoryEvent; count: number }[] = [];
  for (const event of events) {
    const last = rows.at(-1);
    if (
      last &&
      event.action === 'referral.updated' &&
      last.event.action === event.action &&
      last.event.actorId === event.actorId
    ) {
      last.count += 1;
    } else {
      rows.push({ event, count: 1 });
    }
  }
  return rows;
}
