import { formatInstant } from './display-format.ts';
import { furnitureLabels } from './field-labels.ts';
import { printableInCurrentFont } from './font-coverage.ts';
import { colours, fontSizes, fonts, pageMargins } from './pdf-layout.ts';
import type { PdfDocument } from './pdf-types.ts';

export interface PageFurniture {
  readonly securityMarking: string;
  readonly generatedAt: Date;
}

const headerY = 28;
const footerMarkingOffset = 50;
const footerLineOffset = 34;

function drawHeader(doc: PdfDocument, marking: string, width: number): void {
  doc.markContent('Artifact', { type: 'Pagination', attached: ['Top'] });
  doc.font(fonts.bold).fontSize(fontSizes.body).fillColor(colours.text);
  doc.text(printableInCurrentFont(doc, marking), pageMargins.left, headerY, { width, align: 'center' });
  doc.endMarkedContent();
}

function drawFooter(doc: PdfDocument, marking: string, width: number, pageLine: [string, string]): void {
  const height = doc.page.height;
  doc.markContent('Artifact', { type: 'Pagination', attached: ['Bottom'] });
  doc.font(fonts.bold).fontSize(fontSizes.body).fillColor(colours.text);
  doc.text(printableInCurrentFont(doc, marking), pageMargins.left, height - footerMarkingOffset, {
    width,
    align: 'center',
  });
  doc.font(fonts.regular).fontSize(fontSizes.furniture).fillColor(colours.muted);
  doc.text(pageLine[0], pageMargins.left, height - footerLineOffset, { width, align: 'left' });
  doc.text(pageLine[1], pageMargins.left, height - footerLineOffset, { width, align: 'right' });
  doc.endMarkedContent();
}

/**
 * The security marking at the top and bottom of every page, with the page number and when the document was
 * generated. Drawn once every page exists (pages are buffered) so "Page n of m" knows m. Marked as pagination
 * artifacts so screen readers do not read them on every page.
 */
export function drawPageFurniture(doc: PdfDocument, furniture: PageFurniture): void {
  const { start, count } = doc.bufferedPageRange();
  const generated = furnitureLabels.generated(formatInstant(furniture.generatedAt));
  for (let index = 0; index < count; index += 1) {
    doc.switchToPage(start + index);
    const width = doc.page.width - pageMargins.left - pageMargins.right;
    const bottomMargin = doc.page.margins.bottom;
    // Text below the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    drawHeader(doc, furniture.securityMarking, width);
    drawFooter(doc, furniture.securityMarking, width, [generated, furnitureLabels.page(index + 1, count)]);
    doc.page.margins.bottom = bottomMargin;
  }
}
