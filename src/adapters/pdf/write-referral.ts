import type { ReferralDocument } from '../../app/ports/referral-document-renderer.ts';
import { referralSectionOrder } from '../../domain/referral/index.ts';
import { deadlineLabels, qaLabels, sectionTitles } from './field-labels.ts';
import type { PdfDocument } from './pdf-types.ts';
import { writeCover } from './sections/cover-section.ts';
import { writeDeadlineSection } from './sections/deadline-section.ts';
import { formSectionWriters } from './sections/form-sections.ts';
import { writeQaSection } from './sections/qa-section.ts';
import { createTaggedWriter } from './tagged-writer.ts';

/** The body of the referral in reading order: cover, the form's sections in form order, QA record, deadline. */
export function writeReferral(doc: PdfDocument, document: ReferralDocument): void {
  const root = doc.struct('Document');
  doc.addStructure(root);
  const writer = createTaggedWriter(doc, root);
  writeCover(writer, document);
  for (const key of referralSectionOrder) {
    writer.section(sectionTitles[key], (section) => formSectionWriters[key](section, document));
  }
  writer.section(qaLabels.title(document.qaRoleName), (section) => writeQaSection(section, document));
  writer.section(deadlineLabels.title, (section) => writeDeadlineSection(section, document));
  root.end();
}
