import type { PdfDocument } from './pdf-types.ts';

/** The parts of a fontkit font this adapter uses. */
export interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string): unknown;
}

interface WithSelectedFont {
  readonly _font?: { readonly font?: Partial<FontkitFont> };
}

/**
 * The fontkit font behind the document's current font. pdfkit does not publish it: for an embedded TrueType
 * font it is `_font.font`. Checked at run time so that a pdfkit upgrade that moves it fails loudly here rather
 * than printing missing-glyph boxes.
 */
export function selectedFontkitFont(doc: PdfDocument): FontkitFont {
  const font = (doc as unknown as WithSelectedFont)._font?.font;
  if (typeof font?.hasGlyphForCodePoint !== 'function' || typeof font.layout !== 'function') {
    throw new Error('the current PDF font is not an embedded TrueType font');
  }
  return font as FontkitFont;
}
