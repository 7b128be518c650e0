import type { ReferrerDraft } from '../draft/referral-draft-schema.ts';
import { isEmailAddress } from '../email-address.ts';
import { textLimits } from '../limits.ts';
import { isPhoneNumber } from '../phone-number.ts';
import type { Referrer } from '../referral.ts';
import { all, ensure, invalid, valid, type Checked } from './checked.ts';
import type { ReadyFacts } from './ready-facts.ts';
import { requiredText } from './text-checks.ts';

export function checkReferrer(draft: ReferrerDraft = {}, facts: ReadyFacts): Checked<Referrer> {
  return all({
    name: requiredText(draft.name, 'referrer.name', 'Enter your name', textLimits.name),
    jobTitle: requiredText(draft.jobTitle, 'referrer.jobTitle', 'Enter your job title', textLimits.jobTitle),
    agencyId: ensure(
      requiredText(draft.agencyId, 'referrer.agencyId', 'Choose your agency', textLimits.agencyId),
      (id) => facts.agencyIds.includes(id),
      'referrer.agencyId',
      'Choose your agency from the list',
    ),
    email: ensure(
      requiredText(draft.email, 'referrer.email', 'Enter your email address', textLimits.email),
      isEmailAddress,
      'referrer.email',
      'Enter an email address in the correct format, like name@example.org',
    ),
    phone: ensure(
      requiredText(draft.phone, 'referrer.phone', 'Enter your phone number', textLimits.phone),
      isPhoneNumber,
      'referrer.phone',
      'Enter a phone number, like 0161 793 2500 or +44 161 793 2500',
    ),
    declarationAccurate:
      draft.declarationAccurate === true
        ? valid(true as const)
        : invalid(
            'referrer.declarationAccurate',
            'Confirm that the information in this referral is accurate to the best of your knowledge',
          ),
  });
}
