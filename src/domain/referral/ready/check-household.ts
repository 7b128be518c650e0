import type { HouseholdMemberDraft } from '../draft/referral-draft-schema.ts';
import { listLimits, textLimits } from '../limits.ts';
import type { HouseholdMember } from '../referral.ts';
import { all, type Checked } from './checked.ts';
import { notAfterToday, optionalDate } from './date-checks.ts';
import { checkList } from './list-checks.ts';
import type { ReadyFacts } from './ready-facts.ts';
import { optionalText, requiredText } from './text-checks.ts';

function checkMember(
  member: HouseholdMemberDraft,
  index: number,
  facts: ReadyFacts,
): Checked<HouseholdMember> {
  const base = `household.${String(index)}`;
  return all({
    name: requiredText(member.name, `${base}.name`, "Enter the person's name", textLimits.name),
    relationship: requiredText(
      member.relationship,
      `${base}.relationship`,
      'Enter their relationship to the child',
      textLimits.relationship,
    ),
    dateOfBirth: optionalDate(member.dateOfBirth, `${base}.dateOfBirth`, {
      label: 'The date of birth',
      notAfter: [notAfterToday(facts.today, 'The date of birth')],
    }),
    address: optionalText(member.address, `${base}.address`, textLimits.address),
  });
}

/** Household and significant adults: optional, but every person listed needs a name and a relationship. */
export const checkHousehold = (household: readonly HouseholdMemberDraft[] | undefined, facts: ReadyFacts) =>
  checkList(
    household,
    {
      path: 'household',
      max: listLimits.household,
      tooMany: `List up to ${String(listLimits.household)} people in the household`,
    },
    (member, index) => checkMember(member, index, facts),
  );
