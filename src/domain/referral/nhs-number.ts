/**
 * The NHS number check digit for the first nine digits (Modulus 11, weights 10 down to 2),
 * or undefined when the calculation gives 10: no valid NHS number starts with those nine digits.
 */
export function nhsCheckDigit(firstNineDigits: string): number | undefined {
  if (!/^\d{9}$/.test(firstNineDigits)) throw new RangeError('Expected nine digits');
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(firstNineDigits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return undefined;
  return check === 11 ? 0 : check;
}

/** True when the input is ten digits once spaces are removed ("943 476 5919" or "9434765919"). */
export const isNhsNumberFormat = (input: string): boolean => /^\d{10}$/.test(input.replace(/ /g, ''));

/** The ten digits without spaces when the input is a valid NHS number, otherwise undefined. */
export function normaliseNhsNumber(input: string): string | undefined {
  const digits = input.replace(/ /g, '');
  if (!/^\d{10}$/.test(digits)) return undefined;
  return nhsCheckDigit(digits.slice(0, 9)) === Number(digits[9]) ? digits : undefined;
}

export const isValidNhsNumber = (input: string): boolean => normaliseNhsNumber(input) !== undefined;
