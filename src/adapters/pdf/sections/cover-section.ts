import type { ReferralDocument } from '../../../app/ports/referral-document-renderer.ts';
import { formatInstant } from '../display-format.ts';
import { coverLabels, documentTitle } from '../field-labels.ts';
import type { TaggedWriter } from '../tagged-writer.ts';

/**
 * The title and what the referral is. The marking is repeated as content here because the page header and
 * footer that carry it are artifacts, which screen readers skip.
 */
export function writeCover(writer: TaggedWriter, document: ReferralDocument): void {
  writer.heading(documentTitle);
  writer.fields([
    { label: coverLabels.securityMarking, value: document.securityMarking },
    { label: coverLabels.reference, value: document.reference },
    { label: coverLabels.partnership, value: document.partnershipName },
    {
      label: coverLabels.submittedAt,
      value: document.submittedAt ? formatInstant(document.submittedAt) : coverLabels.notSubmitted,
    },
  ]);
}
