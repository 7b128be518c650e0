import type { AgencyInvolvementDraft } from '../draft/referral-draft-schema.ts';
import { listLimits, textLimits } from '../limits.ts';
import type { InvolvedAgency } from '../referral.ts';
import { all, type Checked } from './checked.ts';
import { requiredChoice } from './choice-checks.ts';
import { checkList } from './list-checks.ts';
import { requiredText } from './text-checks.ts';

function checkAgency(agency: AgencyInvolvementDraft, index: number): Checked<InvolvedAgency> {
  const base = `agencies.${String(index)}`;
  return all({
    agency: requiredText(agency.agency, `${base}.agency`, "Enter the agency's name", textLimits.agency),
    contact: requiredText(
      agency.contact,
      `${base}.contact`,
      'Enter a contact at the agency, such as a name, role or team',
      textLimits.contact,
    ),
    stillInvolved: requiredChoice(
      agency.stillInvolved,
      `${base}.stillInvolved`,
      'Say whether the agency is still involved',
    ),
  });
}

export const checkAgencies = (agencies: readonly AgencyInvolvementDraft[] | undefined) =>
  checkList(
    agencies,
    {
      path: 'agencies',
      max: listLimits.agencies,
      tooMany: `List up to ${String(listLimits.agencies)} agencies`,
      empty: 'Add at least one agency involved with the child or family',
    },
    checkAgency,
  );
