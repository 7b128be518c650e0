import { describe, it, expect } from '@jest/globals';
import { isEmailAddress, isPhoneNumber } from '../../../src/domain/referral/index.ts';

describe('phone numbers', () => {
  it.each([
    '0161 793 2500',
    '01617932500',
    '07700 900123',
    '(0161) 793-2500',
    '+44 161 793 2500',
    '+44 (0)161 793 2500',
    '+353 1 234 5678',
    '0161 793 2500 ext 1234',
    '0161 793 2500 x12',
    '016977 4321',
  ])('accepts %j', (phone) => {
    expect(isPhoneNumber(phone)).toBe(true);
  });

  it.each(['', '12345', 'call me', '0161 793', '+0 161 793 2500', '161 793 2500', '0161 793 2500 1234 5678'])(
    'refuses %j',
    (phone) => {
      expect(isPhoneNumber(phone)).toBe(false);
    },
  );
});

describe('email addresses', () => {
  it.each(['alex.morgan@example.org', 'a.b-c@nhs.net', 'first.last+tag@salford.gov.uk'])(
    'accepts %j',
    (email) => {
      expect(isEmailAddress(email)).toBe(true);
    },
  );

  it.each(['', 'alex', 'alex@', '@example.org', 'alex @example.org', 'alex@example'])(
    'refuses %j',
    (email) => {
      expect(isEmailAddress(email)).toBe(false);
    },
  );
});
