import { forbiddenCharactersMessage, hasForbiddenCharacters, normaliseFreeText } from '../free-text.ts';
import { andThen, invalid, valid, type Checked } from './checked.ts';

/** Trimmed text, or undefined when empty; refuses control characters and text over `max`. */
export function optionalText(
  value: string | undefined,
  path: string,
  max: number,
): Checked<string | undefined> {
  if (value === undefined) return valid(undefined);
  if (hasForbiddenCharacters(value)) return invalid(path, forbiddenCharactersMessage);
  const text = normaliseFreeText(value);
  if (text.length > max) return invalid(path, `Keep this to ${String(max)} characters or fewer`);
  return valid(text === '' ? undefined : text);
}

export const requiredText = (
  value: string | undefined,
  path: string,
  missing: string,
  max: number,
): Checked<string> =>
  andThen(optionalText(value, path, max), (text) =>
    text === undefined ? invalid(path, missing) : valid(text),
  );
