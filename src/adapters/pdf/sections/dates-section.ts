import { formatCalendarDate } from '../display-format.ts';
import { dateLabels } from '../field-labels.ts';
import type { SectionWriter } from './section-writer.ts';

export const writeDatesSection: SectionWriter = (section, { referral: { dates } }) => {
  section.fields([
    { label: dateLabels.incidentDate, value: formatCalendarDate(dates.incidentDate) },
    { label: dateLabels.awarenessDate, value: formatCalendarDate(dates.awarenessDate) },
    ...(dates.dateOfDeath
      ? [{ label: dateLabels.dateOfDeath, value: formatCalendarDate(dates.dateOfDeath) }]
      : []),
  ]);
};
