const extension = /\s*(?:ext\.?|extension|x)\s*\d{1,6}$/i;
// A UK number from 0 (10 or 11 digits), or an international number from + (E.164: at most 15 digits).
const dialable = /^(?:0\d{9,10}|\+[1-9]\d{7,14})$/;

/**
 * True for a phone number a colleague could dial: UK (`0161 793 2500`), international (`+44 161 793 2500`,
 * also written `+44 (0)161 793 2500`), with spaces, hyphens, dots or brackets, and an optional extension.
 */
export function isPhoneNumber(input: string): boolean {
  const compact = input
    .trim()
    .replace(extension, '')
    .replace(/^(\+\d{1,3})\s*\(0\)/, '$1')
    .replace(/[\s().-]/g, '');
  return dialable.test(compact);
}
