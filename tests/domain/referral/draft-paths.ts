import { z } from 'zod';
import { referralDraftSchema } from '../../../src/domain/referral/index.ts';

/** Helpers that take drafts apart into answers and put them back together, for the property tests. */

export type Leaf = { readonly path: readonly (string | number)[]; readonly value: unknown };

/** The answers of a draft in the order a person fills them in: scalars, and lists of choices or names. */
export function leavesOf(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (Array.isArray(value)) {
    if (value.length === 0 || typeof value[0] !== 'object') return [{ path, value }];
    return value.flatMap((item, index) => leavesOf(item, [...path, index]));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => leavesOf(item, [...path, key]));
  }
  return [{ path, value }];
}

/** A draft holding the given answers, with lists closed up where answers were left out. */
export function draftFrom(leaves: readonly Leaf[]): unknown {
  const root: Record<string | number, unknown> = {};
  for (const { path, value } of leaves) {
    let node = root;
    path.forEach((key, depth) => {
      if (depth === path.length - 1) {
        node[key] = value;
        return;
      }
      node[key] ??= typeof path[depth + 1] === 'number' ? [] : {};
      node = node[key] as Record<string | number, unknown>;
    });
  }
  return compact(root);
}

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter(() => true).map(compact);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, compact(item)]));
  }
  return value;
}

const unwrap = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema;

/** The draft schema of the field at a path. */
export function fieldSchema(path: readonly (string | number)[]): z.ZodType {
  return path.reduce<z.ZodType>((schema, segment) => {
    const parent = unwrap(schema);
    if (parent instanceof z.ZodArray) return parent.element as z.ZodType;
    if (parent instanceof z.ZodObject && segment in parent.shape) return parent.shape[segment] as z.ZodType;
    throw new Error(`No field at ${path.join('.')}`);
  }, referralDraftSchema);
}

/** Where a dotted path sits in the form: list indexes, and the key order of the draft schema (form order). */
export function formPosition(path: string): number[] {
  const segments = path.split('.');
  return segments.map((segment, depth) => {
    const parent = unwrap(fieldSchema(segments.slice(0, depth)));
    if (parent instanceof z.ZodArray) return Number(segment);
    if (parent instanceof z.ZodObject && segment in parent.shape)
      return Object.keys(parent.shape).indexOf(segment);
    throw new Error(`No field at ${path}`);
  });
}

export function comesBefore(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) return (a[i] ?? 0) < (b[i] ?? 0);
  }
  return a.length < b.length;
}

export const isTypedText = (leaf: Leaf): boolean => unwrap(fieldSchema(leaf.path)) instanceof z.ZodString;
