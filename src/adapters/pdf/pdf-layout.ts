import type { PdfDocument } from './pdf-types.ts';

/** Page geometry, type and colours of the referral PDF (points; A4 is 595 × 842). */
export const pageSize = 'A4';

/** Top and bottom leave room for the security marking, which sits outside the flowing content. */
export const pageMargins = { top: 64, bottom: 72, left: 56, right: 56 } as const;

/** The names the embedded fonts are registered under (embedded-fonts.ts): DejaVu Sans and DejaVu Sans Bold. */
export const fonts = { regular: 'Body', bold: 'Body-Bold' } as const;

export const fontSizes = {
  title: 18,
  heading2: 14,
  heading3: 12,
  heading4: 11,
  body: 10,
  furniture: 9,
} as const;

/** Contrast of text on white and on the label shading is above 7:1 (WCAG AAA). */
export const colours = {
  text: '#000000',
  muted: '#3d3d3d',
  rule: '#767676',
  labelShading: '#eeeeee',
} as const;

/** Extra space between lines of text. */
export const lineGap = 2;

/** Width of the label column of a field table. */
export const labelColumnWidth = 170;

/** Lines of body text a heading needs below it on the same page, so it is never left alone at the bottom. */
export const linesKeptWithHeading = 3;

export const contentWidth = (doc: PdfDocument): number =>
  doc.page.width - pageMargins.left - pageMargins.right;

export const contentHeight = (doc: PdfDocument): number =>
  doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
