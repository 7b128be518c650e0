import { yesNoUnknownLabels } from '../../../domain/referral/index.ts';
import { formatCalendarDate } from '../display-format.ts';
import { otherProcessLabels as labels } from '../field-labels.ts';
import type { FieldRow } from '../tagged-tables.ts';
import type { SectionWriter } from './section-writer.ts';

export const writeOtherProcessesSection: SectionWriter = (
  section,
  { referral: { otherProcesses: other } },
) => {
  const nationalPanelDate: FieldRow[] =
    other.nationalPanelNotified === 'yes'
      ? [
          {
            label: labels.nationalPanelNotifiedDate,
            value: formatCalendarDate(other.nationalPanelNotifiedDate),
          },
        ]
      : [];
  section.fields([
    { label: labels.nationalPanelNotified, value: yesNoUnknownLabels[other.nationalPanelNotified] },
    ...nationalPanelDate,
    { label: labels.policeInvestigation, value: yesNoUnknownLabels[other.policeInvestigation] },
    { label: labels.coroner, value: yesNoUnknownLabels[other.coroner] },
    { label: labels.childDeathOverviewPanel, value: yesNoUnknownLabels[other.childDeathOverviewPanel] },
    { label: labels.mediaInterest, value: yesNoUnknownLabels[other.mediaInterest] },
    { label: labels.otherReviews, value: yesNoUnknownLabels[other.otherReviews] },
  ]);
  if (other.otherReviewsDetails) section.longText(labels.otherReviewsDetails, other.otherReviewsDetails);
};
