const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2025-06-20` → `20 June 2025`, as GOV.UK writes dates. */
export function longDate(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  const name = months[(month ?? 0) - 1];
  if (!year || !name || !day) return value;
  return `${day} ${name} ${year}`;
}
