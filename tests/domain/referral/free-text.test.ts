import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import {
  containsMarkup,
  hasForbiddenCharacters,
  normaliseFreeText,
} from '../../../src/domain/referral/index.ts';

describe('free text', () => {
  it('allows tabs, line breaks and Windows line endings', () => {
    expect(hasForbiddenCharacters('Line one\r\nLine two\n\tIndented')).toBe(false);
  });

  it.each([
    ['a NUL', 'a\u0000b'],
    ['a bell', 'a\u0007b'],
    ['a vertical tab', 'a\u000Bb'],
    ['a form feed', 'a\u000Cb'],
    ['an escape', 'a\u001Bb'],
    ['a DEL', 'a\u007Fb'],
    ['a C1 control', 'a\u0085b'],
    ['a lone high surrogate', 'a\uD83Db'],
    ['a lone low surrogate', 'a\uDE00b'],
  ])('refuses %s', (_name, text) => {
    expect(hasForbiddenCharacters(text)).toBe(true);
  });

  it('allows emoji and accented letters', () => {
    expect(hasForbiddenCharacters('Zoë 😀 Siân')).toBe(false);
  });

  it('trims and turns Windows and old Mac line endings into newlines', () => {
    expect(normaliseFreeText('  one\r\ntwo\rthree \n ')).toBe('one\ntwo\nthree');
  });

  it('never finds forbidden characters in printable text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        fc.pre(
          ![...text].some(
            (c) => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f),
          ),
        );
        expect(hasForbiddenCharacters(text)).toBe(false);
      }),
    );
  });

  it.each([
    '<b>bold</b>',
    'see <a href="x">here</a>',
    '<br/>',
    '<!-- note -->',
    'Tom &amp; Jerry',
    '&#60;script&#62;',
    '[click](https://example.org)',
    '![image](x.png)',
    '**important**',
    '__important__',
    '# Heading',
    'line\n## Subheading',
    'run `rm -rf`',
    '```\ncode\n```',
  ])('spots markup in %j', (text) => {
    expect(containsMarkup(text)).toBe(true);
  });

  it.each([
    'The child is < 5 and > 2 years old',
    'Seen at A&E on Monday',
    'Mum & Dad attended',
    'Case #12 was discussed',
    '5 * 3 = 15',
    'Bruising (left arm) [photographed]',
    "Dad's partner, aged 24 - lives nearby",
    'Email: name@example.org',
  ])('does not call ordinary writing markup: %j', (text) => {
    expect(containsMarkup(text)).toBe(false);
  });
});
