import { referrerLabels } from '../field-labels.ts';
import type { SectionWriter } from './section-writer.ts';

export const writeReferrerSection: SectionWriter = (section, { referral: { referrer }, agencyNames }) => {
  section.fields([
    { label: referrerLabels.name, value: referrer.name },
    { label: referrerLabels.jobTitle, value: referrer.jobTitle },
    { label: referrerLabels.agency, value: agencyNames[referrer.agencyId] ?? referrer.agencyId },
    { label: referrerLabels.email, value: referrer.email },
    { label: referrerLabels.phone, value: referrer.phone },
    { label: referrerLabels.declaration, value: referrerLabels.declared },
  ]);
};
