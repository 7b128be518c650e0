import { readFileSync } from 'node:fs';
// Aliased: the server bundle's banner declares `createRequire` at the top level of the same file.
import { createRequire as requireFrom } from 'node:module';
import { fonts } from './pdf-layout.ts';
import type { PdfDocument } from './pdf-types.ts';
import { selectedFontkitFont, type FontkitFont } from './selected-font.ts';

/**
 * DejaVu Sans, from the `dejavu-fonts-ttf` package, is embedded so that names and free text print as typed: Latin
 * with every accent (Ł, ğ, ř, ő), Greek, Cyrillic, Armenian, Georgian, Hebrew and Arabic among others. The
 * standard PDF fonts hold Western European letters only. Licence: the Bitstream Vera Fonts licence, with the
 * DejaVu changes in the public domain; free to embed in documents and to distribute.
 *
 * What it cannot show: Chinese, Japanese, Korean, Thai and most Indic scripts have no glyphs in it, so their
 * characters print as a placeholder (printable-text.ts). Right-to-left scripts print each word with its letters
 * joined and ordered right to left, but pdfkit has no bidirectional layout: the words of a line are laid out from
 * the left in the order typed, so a name of two or more Arabic or Hebrew words reads with its words reversed.
 *
 * pdfkit embeds only the glyphs a document uses (a subset), about 10 KB a font compressed, not the 1.4 MB files.
 */
const fontFiles: Readonly<Record<FontKey, string>> = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
};

type FontKey = keyof typeof fonts;

/**
 * Each font file is read and parsed once a process, on the first render. pdfkit takes a parsed (fontkit) font in
 * place of the file's bytes, which spares every later render parsing the font's tables again.
 */
const parsedFonts = new Map<FontKey, FontkitFont>();

function registerFont(doc: PdfDocument, key: FontKey): void {
  const parsed = parsedFonts.get(key);
  if (parsed) {
    // pdfkit's types list file sources only; at run time it takes any font object with a `layout` method.
    doc.registerFont(fonts[key], parsed as unknown as Uint8Array);
    return;
  }
  doc.registerFont(fonts[key], readFileSync(requireFrom(import.meta.url).resolve(fontFiles[key])));
  parsedFonts.set(key, selectedFontkitFont(doc.font(fonts[key])));
}

/** Registers the embedded fonts under the names in `fonts` and selects the regular one. */
export function useEmbeddedFonts(doc: PdfDocument): void {
  registerFont(doc, 'regular');
  registerFont(doc, 'bold');
  doc.font(fonts.regular);
}
