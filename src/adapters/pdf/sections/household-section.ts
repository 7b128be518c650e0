import { formatCalendarDate } from '../display-format.ts';
import { householdLabels as labels, notGiven } from '../field-labels.ts';
import type { SectionWriter } from './section-writer.ts';

export const writeHouseholdSection: SectionWriter = (section, { referral: { household } }) => {
  if (household.length === 0) {
    section.paragraphs(labels.none);
    return;
  }
  section.records(
    [labels.name, labels.relationship, labels.dateOfBirth, labels.address],
    household.map((member) => [
      member.name,
      member.relationship,
      member.dateOfBirth ? formatCalendarDate(member.dateOfBirth) : notGiven,
      member.address ?? notGiven,
    ]),
  );
};
