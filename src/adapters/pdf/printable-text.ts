/**
 * Text reduced to what a font can draw. A character the font has no glyph for would print as an empty box and
 * copy out as nothing, so instead each character as the reader sees it (a letter with its accents, a flag, a
 * family emoji) becomes one placeholder, U+FFFD '�': visibly not a letter, and never mistaken for a '?' that was
 * typed. Invisible formatting characters are dropped, except the joiners that shape Arabic and Indic writing.
 */

/** Whether the font has a glyph for a code point. */
export type GlyphCoverage = (codePoint: number) => boolean;

export const placeholder = '\ufffd';

/**
 * Invisible characters, dropped even when the font has a (blank) glyph: pdfkit would draw them as zero-width
 * spaces, which copy out as spaces, and a soft hyphen pdfkit keeps mid-line would split a copied word. The
 * zero-width joiner and non-joiner stay when the font has them: they decide how Arabic and Indic letters join.
 */
const dropped = /^(?!\p{Join_Control})\p{Default_Ignorable_Code_Point}$/u;
const invisible = /^\p{Default_Ignorable_Code_Point}$/u;
const whiteSpace = /^\p{White_Space}$/u;

const lineBreaks = /\r\n?|[\u2028\u2029]/g;
const graphemes = new Intl.Segmenter('en-GB', { granularity: 'grapheme' });
/** Every font the document uses has the printable ASCII characters, so most text needs no further look. */
const printableAscii = /^[\n\x20-\x7e]*$/;

/** The grapheme as the font can draw it, or undefined when a character in it has no glyph. */
function drawable(grapheme: string, covers: GlyphCoverage): string | undefined {
  let drawn = '';
  for (const character of grapheme) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (character === '\n') drawn += character;
    else if (character === '\t') drawn += ' ';
    else if (dropped.test(character)) continue;
    else if (covers(codePoint)) drawn += character;
    else if (invisible.test(character)) continue;
    else if (whiteSpace.test(character)) drawn += ' ';
    else return undefined;
  }
  return drawn;
}

export function toPrintable(text: string, covers: GlyphCoverage): string {
  if (printableAscii.test(text)) return text;
  let printable = '';
  for (const { segment } of graphemes.segment(text.replace(lineBreaks, '\n').normalize('NFC'))) {
    // A letter the font has only as a base letter and combining accents (not precomposed) is drawn that way.
    printable += drawable(segment, covers) ?? drawable(segment.normalize('NFD'), covers) ?? placeholder;
  }
  return printable;
}
