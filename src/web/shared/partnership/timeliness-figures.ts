import type { Timeliness } from '../api/api-types.ts';
import { formatMonth } from '../format/dates.ts';

export interface MonthBar {
  readonly month: string;
  readonly label: string;
  readonly shortLabel: string;
  readonly sent: number;
  readonly onTime: number;
  /** Whole per cent sent within the deadline; null when nothing was sent that month. */
  readonly percent: number | null;
}

const shortMonth = (yearMonth: string) => {
  const [year, month] = yearMonth.split('-');
  const name = new Date(Date.UTC(Number(year), Number(month) - 1, 15)).toLocaleDateString('en-GB', {
    month: 'short',
    timeZone: 'UTC',
  });
  return `${name} ${year?.slice(2) ?? ''}`;
};

/** The months to chart, oldest first, at most the last `limit`, each with its share on time. */
export function monthBars(timeliness: Timeliness, limit = 12): MonthBar[] {
  return [...timeliness.months]
    .sort((a, b) => a.month.localeCompare(b.month))
    .slice(-limit)
    .map((m) => ({
      month: m.month,
      label: formatMonth(m.month),
      shortLabel: shortMonth(m.month),
      sent: m.sent,
      onTime: m.onTime,
      percent: m.sent === 0 ? null : Math.round((m.onTime / m.sent) * 100),
    }));
}

/** All months together: the share of every referral sent on time. */
export function overallPercent(timeliness: Timeliness): number | null {
  const sent = timeliness.months.reduce((sum, m) => sum + m.sent, 0);
  const onTime = timeliness.months.reduce((sum, m) => sum + m.onTime, 0);
  return sent === 0 ? null : Math.round((onTime / sent) * 100);
}
