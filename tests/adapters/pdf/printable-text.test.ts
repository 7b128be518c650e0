import { describe, expect, it } from '@jest/globals';
import { placeholder, toPrintable, type GlyphCoverage } from '../../../src/adapters/pdf/printable-text.ts';

/** A font with Latin, Greek and Cyrillic letters, combining accents, the joiners and the placeholder. */
const covered = new Set([0x200c, 0x200d, 0x200b, 0xfeff, 0xfffd]);
const aFont: GlyphCoverage = (codePoint) =>
  (codePoint >= 0x20 && codePoint <= 0x7e) ||
  (codePoint >= 0xa0 && codePoint <= 0x24f) ||
  (codePoint >= 0x300 && codePoint <= 0x4ff) ||
  covered.has(codePoint);
/** The same font without the precomposed Latin letters beyond Latin-1. */
const noPrecomposed: GlyphCoverage = (codePoint) =>
  aFont(codePoint) && !(codePoint >= 0x100 && codePoint <= 0x24f);

const p = placeholder;

describe('text reduced to what the font can draw', () => {
  it('keeps every character the font has', () => {
    const text = 'Łukasz Ağaoğlu, Řehoř Erdős, Іван, Αλέξης: “quoted” – £5 or €5… naïve';
    expect(toPrintable(text, (codePoint) => aFont(codePoint) || codePoint > 0x2000)).toBe(text);
  });

  it('composes letters typed as a base letter and combining accents', () => {
    expect(toPrintable('Rene\u0301e', aFont)).toBe('Renée');
  });

  it('draws a letter from its base and accents when the font lacks the composed letter', () => {
    expect(toPrintable('Łukasz', noPrecomposed)).toBe(`${p}ukasz`);
    expect(toPrintable('Ağaoğlu', noPrecomposed)).toBe('Ag\u0306aog\u0306lu');
  });

  it('replaces each character the reader sees that the font cannot draw with one placeholder', () => {
    expect(toPrintable('王小明 Wang', aFont)).toBe(`${p}${p}${p} Wang`);
    expect(toPrintable('Emoji 😀 here', aFont)).toBe(`Emoji ${p} here`);
    // A family emoji, a skin-toned thumb and a flag are each one character to the reader.
    expect(toPrintable('👨‍👩‍👧 👍🏽 🇬🇧', aFont)).toBe(`${p} ${p} ${p}`);
    // A letter with an accent the font lacks is one character too.
    expect(toPrintable('e\u20dd', aFont)).toBe(p);
  });

  it('uses a placeholder no one types, so it is never taken for a question mark in a name', () => {
    expect(placeholder).toBe('\ufffd');
    expect(toPrintable('Who? 王', aFont)).toBe(`Who? ${p}`);
  });

  it('drops invisible formatting characters and soft hyphens, even ones the font has', () => {
    expect(toPrintable('a\u200bb\ufeffc\u2060d\u200ee\u200ff\ufe0fg\u00adh', aFont)).toBe('abcdefgh');
  });

  it('keeps the joiners that shape Arabic and Indic letters, when the font has them', () => {
    expect(toPrintable('می\u200cخواهم', (codePoint) => aFont(codePoint) || codePoint >= 0x600)).toBe(
      'می\u200cخواهم',
    );
    expect(toPrintable('a\u200cb\u200dc', (codePoint) => aFont(codePoint) && codePoint < 0x2000)).toBe('abc');
  });

  it('turns tabs and spaces the font lacks into spaces, and every kind of line break into one', () => {
    expect(toPrintable('a\tb\u3000c\u00a0d', aFont)).toBe('a b c\u00a0d');
    expect(toPrintable('one\r\ntwo\rthree\u2028four\u2029five\nsix', aFont)).toBe(
      'one\ntwo\nthree\nfour\nfive\nsix',
    );
  });

  it('reads a lone surrogate as one unknown character', () => {
    expect(toPrintable('a\ud800b', aFont)).toBe(`a${p}b`);
  });
});
