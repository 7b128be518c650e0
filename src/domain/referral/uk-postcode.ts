// The UK postcode format: outward code (area + district) and inward code (sector + unit), plus the GIR 0AA special.
const postcodeFormat =
  /^(?:GIR 0AA|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRVWXY]) \d[ABD-HJLNP-UW-Z]{2})$/;

/**
 * The postcode in its standard form (upper case, one space before the last three characters),
 * or undefined when it is not in UK postcode format. `m54wt` becomes `M5 4WT`.
 */
export function normaliseUkPostcode(input: string): string | undefined {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  if (compact.length < 5 || compact.length > 7) return undefined;
  const spaced = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  return postcodeFormat.test(spaced) ? spaced : undefined;
}

export const isUkPostcode = (input: string): boolean => normaliseUkPostcode(input) !== undefined;
