import { describe, it, expect } from '@jest/globals';
import { isUkPostcode, normaliseUkPostcode } from '../../../src/domain/referral/index.ts';

describe('UK postcodes', () => {
  it.each([
    ['SW1A 1AA', 'SW1A 1AA'],
    ['M5 4WT', 'M5 4WT'],
    ['GIR 0AA', 'GIR 0AA'],
    ['m54wt', 'M5 4WT'],
    ['  sw1a   1aa ', 'SW1A 1AA'],
    ['EC1A 1BB', 'EC1A 1BB'],
    ['W1A 0AX', 'W1A 0AX'],
    ['B33 8TH', 'B33 8TH'],
    ['CR2 6XH', 'CR2 6XH'],
    ['DN55 1PT', 'DN55 1PT'],
    ['gir0aa', 'GIR 0AA'],
  ])('accepts %j as %s', (input, expected) => {
    expect(normaliseUkPostcode(input)).toBe(expected);
    expect(isUkPostcode(input)).toBe(true);
  });

  it.each([
    'ABC',
    '12345',
    '',
    'M5',
    'M5 4W',
    'SW1A 1AAA',
    'Q1 1AA',
    'M5 4CT',
    'AA1A 1AA1',
    'M5-4WT',
    'GIR 0AB',
  ])('refuses %j', (input) => {
    expect(normaliseUkPostcode(input)).toBeUndefined();
    expect(isUkPostcode(input)).toBe(false);
  });
});
