/**
 * The standard PDF fonts (Helvetica) encode text as WinAnsi: one byte a character. pdfkit writes any other
 * character as broken bytes, so text is reduced to WinAnsi first: look-alikes are substituted, invisible
 * formatting characters dropped, and anything else (emoji, other scripts) becomes one '?' per character
 * as the reader sees it (a flag or a family emoji is one '?').
 */

/** Characters above Latin-1 that WinAnsi holds in 0x80–0x9F (curly quotes, dashes, euro, ...). */
const winAnsiExtras = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019,
  0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

const substitutes = new Map<string, string>([
  ['\t', ' '],
  ['\r', ''],
  ['\u2010', '-'],
  ['\u2011', '-'],
  ['\u2012', '\u2013'],
  ['\u2212', '-'],
  ['\u2032', "'"],
  ['\u2033', '"'],
  ['\u2028', '\n'],
  ['\u2029', '\n'],
  ...[...'\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000'].map(
    (space): [string, string] => [space, ' '],
  ),
  ...[...'\u200b\u200c\u200d\u200e\u200f\u2060\ufeff'].map((invisible): [string, string] => [invisible, '']),
]);

const isWinAnsi = (codePoint: number): boolean =>
  codePoint === 0x0a ||
  (codePoint >= 0x20 && codePoint <= 0x7e) ||
  (codePoint >= 0xa0 && codePoint <= 0xff) ||
  winAnsiExtras.has(codePoint);

const graphemes = new Intl.Segmenter('en-GB', { granularity: 'grapheme' });
const printableAscii = /^[\n\x20-\x7e]*$/;

function encodeGrapheme(grapheme: string): string {
  let encoded = '';
  for (const character of grapheme) {
    const substitute = substitutes.get(character);
    if (substitute !== undefined) encoded += substitute;
    else if (isWinAnsi(character.codePointAt(0) ?? 0)) encoded += character;
    else return '?';
  }
  return encoded;
}

export function toWinAnsi(text: string): string {
  if (printableAscii.test(text)) return text;
  let encoded = '';
  for (const { segment } of graphemes.segment(text.normalize('NFC'))) encoded += encodeGrapheme(segment);
  return encoded;
}
