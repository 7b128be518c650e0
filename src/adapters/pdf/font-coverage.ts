import type { PdfDocument } from './pdf-types.ts';
import { toPrintable, type GlyphCoverage } from './printable-text.ts';
import { selectedFontkitFont } from './selected-font.ts';

/** Which characters the document's current font can draw. */
export function currentFontCoverage(doc: PdfDocument): GlyphCoverage {
  const font = selectedFontkitFont(doc);
  return (codePoint) => font.hasGlyphForCodePoint(codePoint);
}

/** `text` as the document's current font can draw it (see printable-text.ts). */
export const printableInCurrentFont = (doc: PdfDocument, text: string): string =>
  toPrintable(text, currentFontCoverage(doc));
