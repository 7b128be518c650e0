import { londonDate } from '../../domain/calendar/calendar-date.ts';
import { workingDaysBetween } from '../../domain/deadline/index.ts';
import { AppError } from '../../domain/errors/index.ts';
import { hasRole, type Principal } from '../auth/principal.ts';
import { contentOf } from '../referrals/referral-content.ts';
import type { ReferralDeps } from '../referrals/referral-deps.ts';

export interface MonthlyTimeliness {
  /** YYYY-MM, Europe/London, of the day the referral was sent. */
  readonly month: string;
  readonly sent: number;
  /** Sent on or before the due date. */
  readonly onTime: number;
}

export interface Timeliness {
  readonly months: readonly MonthlyTimeliness[];
  /** Median working days from the incident to sending; null before anything was sent. */
  readonly medianWorkingDaysToSend: number | null;
}

const maxReferrals = 10_000;

/** The business unit's view: how many referrals arrived within the deadline, month by month. */
export async function getTimeliness(deps: ReferralDeps, principal: Principal): Promise<Timeliness> {
  if (!hasRole(principal, 'partnership')) throw new AppError('NOT_FOUND');
  const sent = await deps.store.referrals.listByStates(principal.tenantId, ['sent'], { limit: maxReferrals });
  const byMonth = new Map<string, { sent: number; onTime: number }>();
  const durations: number[] = [];
  for (const record of sent) {
    if (!record.sentAt) continue;
    const sentOn = londonDate(record.sentAt);
    const month = byMonth.get(sentOn.slice(0, 7)) ?? { sent: 0, onTime: 0 };
    month.sent++;
    if (record.dueBy && sentOn <= record.dueBy) month.onTime++;
    byMonth.set(sentOn.slice(0, 7), month);
    const incident = contentOf(record).form.dates?.incidentDate;
    if (incident) durations.push(workingDaysBetween(incident, sentOn, deps.profile.deadline.closureDays));
  }
  return {
    months: [...byMonth.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, m]) => ({ month, ...m })),
    medianWorkingDaysToSend: median(durations),
  };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
