import {
  abuseOrNeglectLabels,
  abuseTypeLabels,
  incidentOutcomeLabels,
  type Incident,
} from '../../../domain/referral/index.ts';
import { incidentLabels as labels, notGiven } from '../field-labels.ts';
import type { FieldRow } from '../tagged-tables.ts';
import type { SectionWriter } from './section-writer.ts';

const abuseRows = (incident: Incident): FieldRow[] => {
  const answer = { label: labels.abuseOrNeglect, value: abuseOrNeglectLabels[incident.abuseOrNeglect] };
  if (incident.abuseOrNeglect === 'not_suspected') return [answer];
  const types = incident.abuseTypes.map((type) => abuseTypeLabels[type]);
  return [answer, { label: labels.abuseTypes, value: types.length > 0 ? types.join('\n') : notGiven }];
};

export const writeIncidentSection: SectionWriter = (section, { referral: { incident } }) => {
  section.fields([
    { label: labels.outcome, value: incidentOutcomeLabels[incident.outcome] },
    ...abuseRows(incident),
  ]);
  section.longText(labels.description, incident.description);
  section.longText(labels.keyEvents, incident.keyEvents ?? notGiven);
};
