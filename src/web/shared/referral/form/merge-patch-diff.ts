import { jsonEqual } from './form-paths.ts';

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The JSON Merge Patch (RFC 7386) that turns `from` into `to`: changed keys with their new value, removed keys
 * as null, nested objects patched key by key; arrays are replaced whole (as RFC 7386 does).
 * Undefined when nothing changed.
 */
export function mergePatchDiff(from: unknown, to: unknown): JsonObject | undefined {
  const before = isObject(from) ? from : {};
  const after = isObject(to) ? to : {};
  const patch: JsonObject = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = before[key];
    const now = after[key];
    if (now === undefined) {
      if (was !== undefined) patch[key] = null;
    } else if (isObject(was) && isObject(now)) {
      const nested = mergePatchDiff(was, now);
      if (nested) patch[key] = nested;
    } else if (!jsonEqual(was, now)) {
      patch[key] = now;
    }
  }
  return Object.keys(patch).length > 0 ? patch : undefined;
}
