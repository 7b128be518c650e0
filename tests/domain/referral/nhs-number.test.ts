import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import {
  isNhsNumberFormat,
  isValidNhsNumber,
  nhsCheckDigit,
  normaliseNhsNumber,
} from '../../../src/domain/referral/index.ts';
import { validNhsNumber } from './referral-arbitraries.ts';

describe('NHS numbers', () => {
  it('accepts 943 476 5919 with or without spaces and stores the ten digits', () => {
    expect(normaliseNhsNumber('943 476 5919')).toBe('9434765919');
    expect(normaliseNhsNumber('9434765919')).toBe('9434765919');
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
  });

  it('refuses a number whose check digit is wrong', () => {
    expect(isValidNhsNumber('943 476 5918')).toBe(false);
  });

  it('refuses a number whose first nine digits give a check digit of 10', () => {
    // 1*10 + 2*9 + ... + 9*2 leaves remainder 1, so the check digit would be 10: no valid number starts 123456789.
    expect(nhsCheckDigit('123456789')).toBeUndefined();
    for (let last = 0; last <= 9; last += 1) expect(isValidNhsNumber(`123456789${String(last)}`)).toBe(false);
  });

  it('gives 0 when the remainder is 0 (check value 11)', () => {
    // 1*9 + 1*2 = 11
    expect(nhsCheckDigit('010000001')).toBe(0);
    expect(isValidNhsNumber('010 000 0010')).toBe(true);
  });

  it.each(['943 476 591', '943-476-5919', '94347659190', 'abcdefghij', ''])(
    'refuses the format of %j',
    (input) => {
      expect(isNhsNumberFormat(input)).toBe(false);
      expect(isValidNhsNumber(input)).toBe(false);
    },
  );

  it('makes any valid number invalid when any single digit is changed', () => {
    fc.assert(
      fc.property(
        validNhsNumber,
        fc.nat({ max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (number, position, shift) => {
          expect(isValidNhsNumber(number)).toBe(true);
          const changed = (Number(number[position]) + shift) % 10;
          const altered = `${number.slice(0, position)}${String(changed)}${number.slice(position + 1)}`;
          expect(isValidNhsNumber(altered)).toBe(false);
        },
      ),
    );
  });
});
