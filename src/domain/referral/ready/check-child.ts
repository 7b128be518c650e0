import type { ChildDraft } from '../draft/child-draft-schema.ts';
import { exclusiveLegalStatus, legalStatuses } from '../legal-status.ts';
import { listLimits, textLimits } from '../limits.ts';
import { isNhsNumberFormat, normaliseNhsNumber } from '../nhs-number.ts';
import type { ReferralChild } from '../referral.ts';
import { normaliseUkPostcode } from '../uk-postcode.ts';
import { all, andThen, invalid, map, valid, type Checked } from './checked.ts';
import { checkChildBirth } from './check-child-birth.ts';
import { exclusiveChoice, requiredChoice, requiredChoices } from './choice-checks.ts';
import { checkList } from './list-checks.ts';
import type { ReadyFacts } from './ready-facts.ts';
import { optionalText, requiredText } from './text-checks.ts';

function checkNames(child: ChildDraft, base: string): Checked<ReferralChild['names']> {
  const names = child.names ?? {};
  const otherNames = checkList(
    names.otherNames,
    {
      path: `${base}.names.otherNames`,
      max: listLimits.otherNames,
      tooMany: `Give up to ${String(listLimits.otherNames)} other names`,
    },
    (name, index) => optionalText(name, `${base}.names.otherNames.${String(index)}`, textLimits.name),
  );
  return all({
    fullName: requiredText(
      names.fullName,
      `${base}.names.fullName`,
      "Enter the child's full name",
      textLimits.name,
    ),
    // An empty "other name" box is not a name, so it is dropped rather than refused.
    otherNames: map(otherNames, (list) => list.filter((name) => name !== undefined)),
  });
}

function checkPostcode(postcode: string | undefined, path: string): Checked<string> {
  return andThen(
    requiredText(postcode, path, "Enter the postcode of the child's address", textLimits.postcode),
    (text) => {
      const normalised = normaliseUkPostcode(text);
      return normalised === undefined
        ? invalid(path, 'Enter a real UK postcode, like M5 4WT')
        : valid(normalised);
    },
  );
}

function checkNhsNumber(nhsNumber: string | undefined, path: string): Checked<string | undefined> {
  return andThen(optionalText(nhsNumber, path, textLimits.nhsNumber), (text) => {
    if (text === undefined) return valid(undefined);
    if (!isNhsNumberFormat(text))
      return invalid(path, 'Enter the NHS number as 10 digits, like 943 476 5919');
    const normalised = normaliseNhsNumber(text);
    return normalised === undefined
      ? invalid(path, 'This is not a valid NHS number: check each digit')
      : valid(normalised);
  });
}

function checkCarer(child: ChildDraft, base: string): Checked<ReferralChild['carer']> {
  const carer = all({
    who: optionalText(child.carer?.who, `${base}.carer.who`, textLimits.carer),
    where: optionalText(child.carer?.where, `${base}.carer.where`, textLimits.carer),
  });
  return map(carer, (given) => (given.who === undefined && given.where === undefined ? undefined : given));
}

export function checkChild(child: ChildDraft, index: number, facts: ReadyFacts): Checked<ReferralChild> {
  const base = `children.${String(index)}`;
  const legalStatusPath = `${base}.legalStatus`;
  const checked = all({
    names: checkNames(child, base),
    birth: checkChildBirth(child, base, facts),
    sexOrGender: requiredChoice(child.sexOrGender, `${base}.sexOrGender`, "Choose the child's sex or gender"),
    ethnicity: valid(child.ethnicity),
    address: requiredText(child.address, `${base}.address`, "Enter the child's address", textLimits.address),
    postcode: checkPostcode(child.postcode, `${base}.postcode`),
    legalStatus: exclusiveChoice(
      requiredChoices(
        child.legalStatus,
        legalStatuses,
        legalStatusPath,
        "Choose the child's legal status, or 'None known'",
      ),
      exclusiveLegalStatus,
      legalStatusPath,
      "'None known' cannot be chosen together with another legal status",
    ),
    nhsNumber: checkNhsNumber(child.nhsNumber, `${base}.nhsNumber`),
    carer: checkCarer(child, base),
  });
  return map(checked, ({ birth, ...rest }) => ({ ...rest, ...birth }));
}

export const checkChildren = (children: readonly ChildDraft[] | undefined, facts: ReadyFacts) =>
  checkList(
    children,
    {
      path: 'children',
      max: listLimits.children,
      tooMany: `A referral can cover up to ${String(listLimits.children)} children`,
      empty: 'Add at least one child',
    },
    (child, index) => checkChild(child, index, facts),
  );
