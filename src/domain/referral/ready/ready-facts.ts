import { isRealDate } from '../calendar-date.ts';
import type { ReferralDraft } from '../draft/referral-draft-schema.ts';
import type { IncidentOutcome } from '../referral-options.ts';

/** What the partnership and the calendar say at the moment of checking. */
export interface ReadyContext {
  /** The date today in Europe/London, `YYYY-MM-DD`. */
  readonly today: string;
  /** The agency ids of the partnership profile. */
  readonly agencyIds: readonly string[];
}

/** The context plus the answers that other sections' rules depend on, read once from the draft. */
export interface ReadyFacts extends ReadyContext {
  /** The incident date, only when it is a real date (otherwise comparisons with it are skipped). */
  readonly incidentDate: string | undefined;
  readonly outcome: IncidentOutcome | undefined;
}

export function readyFacts(draft: ReferralDraft, context: ReadyContext): ReadyFacts {
  if (!isRealDate(context.today)) throw new RangeError('context.today must be a real YYYY-MM-DD date');
  const incidentDate = draft.dates?.incidentDate?.trim();
  return {
    today: context.today,
    agencyIds: context.agencyIds,
    incidentDate: incidentDate !== undefined && isRealDate(incidentDate) ? incidentDate : undefined,
    outcome: draft.incident?.outcome,
  };
}
