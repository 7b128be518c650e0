import { andThen, invalid, valid, type Checked } from './checked.ts';

export const requiredChoice = <T>(value: T | undefined, path: string, missing: string): Checked<T> =>
  value === undefined ? invalid(path, missing) : valid(value);

/** The chosen options in the order they are offered, without repeats; at least one. */
export function requiredChoices<T>(
  value: readonly T[] | undefined,
  options: readonly T[],
  path: string,
  missing: string,
): Checked<T[]> {
  const chosen = options.filter((option) => value?.includes(option));
  return chosen.length === 0 ? invalid(path, missing) : valid(chosen);
}

/** A choice that cannot be combined with any other, such as 'None known'. */
export const exclusiveChoice = <T>(
  checked: Checked<T[]>,
  exclusive: T,
  path: string,
  message: string,
): Checked<T[]> =>
  andThen(checked, (chosen) =>
    chosen.includes(exclusive) && chosen.length > 1 ? invalid(path, message) : valid(chosen),
  );
