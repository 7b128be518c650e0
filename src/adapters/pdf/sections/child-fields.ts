import {
  dobKindLabels,
  ethnicityCategories,
  legalStatusLabels,
  sexOrGenderLabels,
  type ChildBirth,
  type ReferralChild,
} from '../../../domain/referral/index.ts';
import { formatCalendarDate, formatNhsNumber, formatYears } from '../display-format.ts';
import { childLabels as labels, notGiven } from '../field-labels.ts';
import type { FieldRow } from '../tagged-tables.ts';

function birthValue(birth: ChildBirth): string {
  switch (birth.dobKind) {
    case 'date_of_birth':
      return formatCalendarDate(birth.dateOfBirth);
    case 'expected_due_date':
      return formatCalendarDate(birth.expectedDueDate);
    case 'approximate_age':
      return formatYears(birth.approximateAgeYears);
  }
}

const ethnicityLabel = (code: ReferralChild['ethnicity']): string =>
  ethnicityCategories.find((category) => category.code === code)?.label ?? notGiven;

const listOrNotGiven = (items: readonly string[]): string => (items.length > 0 ? items.join('\n') : notGiven);

/** Every field of the child's part of the form, optional ones shown as not given rather than left out. */
export const childFieldRows = (child: ReferralChild): FieldRow[] => [
  { label: labels.fullName, value: child.names.fullName },
  { label: labels.otherNames, value: listOrNotGiven(child.names.otherNames) },
  { label: dobKindLabels[child.dobKind], value: birthValue(child) },
  { label: labels.sexOrGender, value: sexOrGenderLabels[child.sexOrGender] },
  { label: labels.ethnicity, value: ethnicityLabel(child.ethnicity) },
  { label: labels.address, value: child.address },
  { label: labels.postcode, value: child.postcode },
  { label: labels.legalStatus, value: listOrNotGiven(child.legalStatus.map((s) => legalStatusLabels[s])) },
  { label: labels.nhsNumber, value: child.nhsNumber ? formatNhsNumber(child.nhsNumber) : notGiven },
  { label: labels.carerWho, value: child.carer?.who ?? notGiven },
  { label: labels.carerWhere, value: child.carer?.where ?? notGiven },
];
