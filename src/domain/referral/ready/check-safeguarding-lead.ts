import type { SafeguardingLeadDraft } from '../draft/referral-draft-schema.ts';
import { textLimits } from '../limits.ts';
import type { SafeguardingLeadConsultation } from '../referral.ts';
import { all, invalid, valid, type Checked } from './checked.ts';
import { notAfterToday, requiredDate } from './date-checks.ts';
import type { ReadyFacts } from './ready-facts.ts';
import { requiredText } from './text-checks.ts';

const dateLabel = 'The date you spoke to the Safeguarding Lead';

/** The answers of the branch not chosen (e.g. a reason typed before switching to "yes") are left out. */
export function checkSafeguardingLead(
  draft: SafeguardingLeadDraft = {},
  facts: ReadyFacts,
): Checked<SafeguardingLeadConsultation> {
  if (draft.consulted === undefined) {
    return invalid(
      'safeguardingLead.consulted',
      'Say whether you discussed this referral with your Safeguarding Lead',
    );
  }
  if (!draft.consulted) {
    return all({
      consulted: valid(false as const),
      reason: requiredText(
        draft.reason,
        'safeguardingLead.reason',
        'Explain why you did not discuss this referral with a Safeguarding Lead',
        textLimits.reason,
      ),
    });
  }
  return all({
    consulted: valid(true as const),
    name: requiredText(
      draft.name,
      'safeguardingLead.name',
      "Enter the Safeguarding Lead's name",
      textLimits.name,
    ),
    role: requiredText(
      draft.role,
      'safeguardingLead.role',
      "Enter the Safeguarding Lead's role",
      textLimits.role,
    ),
    date: requiredDate(
      draft.date,
      'safeguardingLead.date',
      'Enter the date you spoke to the Safeguarding Lead',
      {
        label: dateLabel,
        notBefore: [
          { date: facts.incidentDate, message: `${dateLabel} must be on or after the incident date` },
        ],
        notAfter: [notAfterToday(facts.today, dateLabel)],
      },
    ),
  });
}
