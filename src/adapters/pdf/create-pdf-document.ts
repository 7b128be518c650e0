import PDFDocument from 'pdfkit';
import { useEmbeddedFonts } from './embedded-fonts.ts';
import { documentTitle } from './field-labels.ts';
import { pageMargins, pageSize } from './pdf-layout.ts';
import type { PdfDocument } from './pdf-types.ts';

export interface PdfDocumentSettings {
  readonly reference: string;
  readonly generatedAt: Date;
  readonly compress: boolean;
}

/**
 * A tagged PDF 1.7 in British English whose viewer title bar shows the document title. The metadata names the
 * reference only: it is visible in file properties and search indexes, so never the child's details. All text is
 * in the embedded Unicode fonts.
 */
export function createPdfDocument(settings: PdfDocumentSettings): PdfDocument {
  const doc = new PDFDocument({
    size: pageSize,
    margins: pageMargins,
    compress: settings.compress,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    bufferPages: true,
    info: {
      Title: `${documentTitle} ${settings.reference}`,
      Creator: 'Practice Review Referral',
      CreationDate: settings.generatedAt,
    },
  });
  useEmbeddedFonts(doc);
  return doc;
}
