/** Times are bound as ISO-8601 UTC text: PostgreSQL casts it to timestamptz, SQLite compares it as text. */
export function toDbTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid date');
  return date.toISOString();
}

export function toDbTimeOrNull(date: Date | null | undefined): string | null {
  return date ? toDbTime(date) : null;
}

/** PostgreSQL returns timestamptz as Date, SQLite returns the stored text. */
export function fromDbTime(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

export function fromDbTimeOrNull(value: Date | string | null): Date | null {
  return value === null ? null : fromDbTime(value);
}
