import { describe, expect, it } from '@jest/globals';
import { createPdfkitReferralRenderer } from '../../../src/adapters/pdf/index.ts';
import { toWinAnsi } from '../../../src/adapters/pdf/win-ansi-text.ts';
import { aReferralDocument } from '../../support/referral-document-builder.ts';
import { allContentText, inspectPdf } from './pdf-inspection.ts';

describe('text for the standard PDF fonts', () => {
  it('keeps plain text, accented letters, curly quotes, dashes, the euro and the pound', () => {
    const text = 'Zoë O’Brien – “Renée” said £5 or €5 — café, naïve…';
    expect(toWinAnsi(text)).toBe(text);
  });

  it('replaces letters outside Western European alphabets', () => {
    expect(toWinAnsi('Łódź')).toBe('?ód?');
  });

  it('composes letters typed as a base letter and a combining accent', () => {
    expect(toWinAnsi('Rene\u0301e')).toBe('Renée');
  });

  it('replaces each character the fonts cannot show with one question mark', () => {
    expect(toWinAnsi('Emoji 😀 here')).toBe('Emoji ? here');
    expect(toWinAnsi('漢字 and Ελληνικά')).toBe('?? and ????????');
    // A family emoji, a skin-toned thumb and a flag are each one character to the reader.
    expect(toWinAnsi('👨‍👩‍👧 👍🏽 🇬🇧 ❤️')).toBe('? ? ? ?');
  });

  it('turns tabs and unusual spaces into spaces and drops invisible formatting characters', () => {
    expect(toWinAnsi('a\tb\u2009c\u200bd\ufeffe\u00a0f')).toBe('a b cde\u00a0f');
    expect(toWinAnsi('line one\r\nline two')).toBe('line one\nline two');
  });

  it('reads a lone surrogate as one unknown character', () => {
    expect(toWinAnsi('a\ud800b')).toBe('a?b');
  });
});

describe('a referral with characters outside the standard fonts', () => {
  it('renders, keeping what the fonts can show and a question mark for the rest', async () => {
    const document = aReferralDocument();
    const referral = {
      ...document.referral,
      children: document.referral.children.map((child) => ({
        ...child,
        names: { fullName: 'Zoë O’Brien-Núñez', otherNames: ['李小龍', 'Zoë 😀'] },
      })),
      incident: {
        ...document.referral.incident,
        description: 'Seen at 09:00 – “left alone”\tfor 2 hours 🙁.',
      },
    };
    const bytes = await createPdfkitReferralRenderer({ compress: false }).render({ ...document, referral });
    // inspectPdf refuses malformed text strings, which is what unencodable characters used to produce.
    const text = allContentText(inspectPdf(bytes));
    expect(text).toContain('Full name Zoë O’Brien-Núñez');
    expect(text).toContain('Other names used ??? Zoë ?');
    expect(text).toContain('Seen at 09:00 – “left alone” for 2 hours ?.');
  });
});
