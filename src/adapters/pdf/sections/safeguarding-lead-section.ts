import { yesNoUnknownLabels } from '../../../domain/referral/index.ts';
import { formatCalendarDate } from '../display-format.ts';
import { safeguardingLeadLabels as labels } from '../field-labels.ts';
import type { SectionWriter } from './section-writer.ts';

export const writeSafeguardingLeadSection: SectionWriter = (section, { referral: { safeguardingLead } }) => {
  if (!safeguardingLead.consulted) {
    section.fields([{ label: labels.consulted, value: yesNoUnknownLabels.no }]);
    section.longText(labels.reason, safeguardingLead.reason);
    return;
  }
  section.fields([
    { label: labels.consulted, value: yesNoUnknownLabels.yes },
    { label: labels.name, value: safeguardingLead.name },
    { label: labels.role, value: safeguardingLead.role },
    { label: labels.date, value: formatCalendarDate(safeguardingLead.date) },
  ]);
};
