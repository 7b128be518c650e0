import PDFDocument from 'pdfkit';
import { documentTitle } from './field-labels.ts';
import { fonts, pageMargins, pageSize } from './pdf-layout.ts';
import type { PdfDocument } from './pdf-types.ts';

export interface PdfDocumentSettings {
  readonly reference: string;
  readonly generatedAt: Date;
  readonly compress: boolean;
}

/**
 * A tagged PDF 1.7 in British English whose viewer title bar shows the document title. The metadata names the
 * reference only: it is visible in file properties and search indexes, so never the child's details.
 */
export function createPdfDocument(settings: PdfDocumentSettings): PdfDocument {
  return new PDFDocument({
    size: pageSize,
    margins: pageMargins,
    font: fonts.regular,
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
}
