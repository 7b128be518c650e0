import { labelForPath } from './field-labels.ts';

export interface UnsavedValue {
  readonly key: string;
  readonly label: string;
  readonly text: string;
}

/** The values in a merge patch as labelled text, so a person can copy what a conflict kept from being saved. */
export function flattenPatch(patch: unknown, prefix: string[] = []): UnsavedValue[] {
  if (patch === null || patch === undefined) return [];
  if (typeof patch !== 'object') {
    const key = prefix.join('.');
    const text =
      typeof patch === 'boolean'
        ? patch
          ? 'Yes'
          : 'No'
        : typeof patch === 'string' || typeof patch === 'number'
          ? String(patch)
          : '';
    return [{ key, label: labelForPath(key), text }];
  }
  if (Array.isArray(patch) && patch.every((item) => typeof item === 'string')) {
    const key = prefix.join('.');
    return patch.length > 0 ? [{ key, label: labelForPath(key), text: patch.join(', ') }] : [];
  }
  return Object.entries(patch).flatMap(([k, v]) => flattenPatch(v, [...prefix, k]));
}
