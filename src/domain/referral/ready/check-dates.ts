import type { DatesDraft } from '../draft/referral-draft-schema.ts';
import type { ReferralDates } from '../referral.ts';
import { all, valid, type Checked } from './checked.ts';
import { notAfterToday, requiredDate } from './date-checks.ts';
import type { ReadyFacts } from './ready-facts.ts';

const incidentLabel = 'The incident date';
const awarenessLabel = 'The date your agency became aware';
const deathLabel = 'The date of death';

/** The date of death is asked for, and kept, only when the incident outcome is that the child died. */
export function checkDates(draft: DatesDraft = {}, facts: ReadyFacts): Checked<ReferralDates> {
  const afterIncident = (label: string) => ({
    date: facts.incidentDate,
    message: `${label} must be on or after the incident date`,
  });
  return all({
    incidentDate: requiredDate(draft.incidentDate, 'dates.incidentDate', 'Enter the date of the incident', {
      label: incidentLabel,
      notAfter: [notAfterToday(facts.today, incidentLabel)],
    }),
    awarenessDate: requiredDate(
      draft.awarenessDate,
      'dates.awarenessDate',
      'Enter the date your agency became aware of the incident',
      {
        label: awarenessLabel,
        notBefore: [afterIncident(awarenessLabel)],
        notAfter: [notAfterToday(facts.today, awarenessLabel)],
      },
    ),
    dateOfDeath:
      facts.outcome === 'died'
        ? requiredDate(draft.dateOfDeath, 'dates.dateOfDeath', 'Enter the date the child died', {
            label: deathLabel,
            notBefore: [afterIncident(deathLabel)],
            notAfter: [notAfterToday(facts.today, deathLabel)],
          })
        : valid(undefined),
  });
}
