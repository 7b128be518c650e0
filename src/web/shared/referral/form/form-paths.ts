/** Addressing fields of the form by path: `['children', 0, 'postcode']` ⇄ `children.0.postcode` ⇄ `f-children-0-postcode`. */
export type Path = readonly (string | number)[];

export const pathKey = (path: Path): string => path.map(String).join('.');

/** The DOM id of a field's control, so error summaries can link to it. */
export const fieldId = (key: string): string => `f-${key.replaceAll('.', '-')}`;

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

export function getIn(root: unknown, path: Path): unknown {
  let value = root;
  for (const step of path) {
    if (!isContainer(value)) return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

/**
 * A copy of `root` with the value at `path` replaced; objects on the way are created. `undefined` (and the empty
 * string, which a cleared box gives) removes the key, so a cleared field is absent rather than blank.
 */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  const [step, ...rest] = path;
  if (step === undefined) return value as T;
  const current: Container = isContainer(root) ? root : typeof step === 'number' ? [] : {};
  const child =
    rest.length === 0 ? value : setIn((current as Record<string | number, unknown>)[step], rest, value);
  if (Array.isArray(current)) {
    const copy: unknown[] = [...current];
    copy[step as number] = child;
    return copy as T;
  }
  const copy: Record<string, unknown> = { ...current };
  if (child === undefined || child === '') delete copy[String(step)];
  else copy[String(step)] = child;
  return copy as T;
}

/** Structural equality for JSON values, whatever the key order. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isContainer(a) || !isContainer(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  const left = Object.entries(a).filter(([, v]) => v !== undefined);
  const right = Object.entries(b).filter(([, v]) => v !== undefined);
  return (
    left.length === right.length && left.every(([k, v]) => jsonEqual(v, (b as Record<string, unknown>)[k]))
  );
}
