import type { IncidentDraft } from '../draft/referral-draft-schema.ts';
import { textLimits } from '../limits.ts';
import type { AbuseAnswer, Incident } from '../referral.ts';
import { abuseTypes } from '../referral-options.ts';
import { all, invalid, map, valid, type Checked } from './checked.ts';
import { requiredChoice, requiredChoices } from './choice-checks.ts';
import { optionalText, requiredText } from './text-checks.ts';

/** Types of abuse are asked for, and kept, only when abuse or neglect is known or suspected. */
function checkAbuse(draft: IncidentDraft): Checked<AbuseAnswer> {
  const answer = draft.abuseOrNeglect;
  if (answer === undefined) {
    return invalid(
      'incident.abuseOrNeglect',
      'Say whether abuse or neglect is known, suspected or not suspected',
    );
  }
  if (answer === 'not_suspected') return valid({ abuseOrNeglect: answer });
  const types = requiredChoices(
    draft.abuseTypes,
    abuseTypes,
    'incident.abuseTypes',
    'Choose the type or types of abuse or neglect',
  );
  return map(types, (chosen) => ({ abuseOrNeglect: answer, abuseTypes: chosen }));
}

export function checkIncident(draft: IncidentDraft = {}): Checked<Incident> {
  const checked = all({
    outcome: requiredChoice(draft.outcome, 'incident.outcome', 'Choose what happened to the child'),
    abuse: checkAbuse(draft),
    description: requiredText(
      draft.description,
      'incident.description',
      'Describe briefly what happened',
      textLimits.description,
    ),
    keyEvents: optionalText(draft.keyEvents, 'incident.keyEvents', textLimits.keyEvents),
  });
  return map(checked, ({ abuse, ...rest }) => ({ ...rest, ...abuse }));
}
