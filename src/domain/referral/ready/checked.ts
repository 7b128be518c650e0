import type { FieldError } from '../../errors/index.ts';

/**
 * The result of checking one part of a draft: its complete value, or every error found in it.
 * Combining results keeps all errors in the order the parts are listed, which is form order.
 */
export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly FieldError[] };

export const valid = <T>(value: T): Checked<T> => ({ ok: true, value });

export const invalid = (path: string, message: string): Checked<never> => ({
  ok: false,
  errors: [{ path, message }],
});

const errorsOf = (checked: Checked<unknown>): readonly FieldError[] => (checked.ok ? [] : checked.errors);

/** Runs `next` on the value when the first check passed, so a field reports its first problem only. */
export const andThen = <A, B>(checked: Checked<A>, next: (value: A) => Checked<B>): Checked<B> =>
  checked.ok ? next(checked.value) : checked;

export const map = <A, B>(checked: Checked<A>, transform: (value: A) => B): Checked<B> =>
  checked.ok ? valid(transform(checked.value)) : checked;

type ValuesOf<T> = { [K in keyof T]: T[K] extends Checked<infer V> ? V : never };

/** An object of checked fields becomes a checked object; fields whose value is undefined are left out. */
export function all<T extends Record<string, Checked<unknown>>>(fields: T): Checked<ValuesOf<T>> {
  const results = Object.entries(fields);
  const errors = results.flatMap(([, checked]) => errorsOf(checked));
  if (errors.length > 0) return { ok: false, errors };
  const entries = results.flatMap(([key, checked]) =>
    checked.ok && checked.value !== undefined ? [[key, checked.value] as const] : [],
  );
  return valid(Object.fromEntries(entries) as ValuesOf<T>);
}

/** Checks every item, keeping the errors of all of them. */
export function each<A, B>(items: readonly A[], check: (item: A, index: number) => Checked<B>): Checked<B[]> {
  const results = items.map(check);
  const errors = results.flatMap(errorsOf);
  if (errors.length > 0) return { ok: false, errors };
  return valid(results.flatMap((checked) => (checked.ok ? [checked.value] : [])));
}

/** Passes the value on when `test` holds, otherwise reports `message` at `path`. */
export const ensure = <T>(
  checked: Checked<T>,
  test: (value: T) => boolean,
  path: string,
  message: string,
): Checked<T> => andThen(checked, (value) => (test(value) ? valid(value) : invalid(path, message)));
