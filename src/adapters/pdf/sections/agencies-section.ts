import { yesNoUnknownLabels } from '../../../domain/referral/index.ts';
import { agencyLabels as labels } from '../field-labels.ts';
import type { SectionWriter } from './section-writer.ts';

export const writeAgenciesSection: SectionWriter = (section, { referral: { agencies } }) => {
  section.records(
    [labels.agency, labels.contact, labels.stillInvolved],
    agencies.map((agency) => [
      agency.agency,
      agency.contact,
      agency.stillInvolved ? yesNoUnknownLabels.yes : yesNoUnknownLabels.no,
    ]),
  );
};
