import { childLabels } from '../field-labels.ts';
import { childFieldRows } from './child-fields.ts';
import type { SectionWriter } from './section-writer.ts';

export const writeChildrenSection: SectionWriter = (section, { referral: { children } }) => {
  children.forEach((child, index) => {
    section.section(childLabels.heading(index + 1), (childSection) =>
      childSection.fields(childFieldRows(child)),
    );
  });
};
