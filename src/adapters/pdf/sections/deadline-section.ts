import { formatCalendarDate } from '../display-format.ts';
import { deadlineLabels } from '../field-labels.ts';
import type { SectionWriter } from './section-writer.ts';

export const writeDeadlineSection: SectionWriter = (section, { dueBy }) => {
  section.fields([
    { label: deadlineLabels.dueBy, value: dueBy ? formatCalendarDate(dueBy, true) : deadlineLabels.notSet },
  ]);
};
