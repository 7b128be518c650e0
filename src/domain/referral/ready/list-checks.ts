import { each, invalid, type Checked } from './checked.ts';

export interface ListRules {
  readonly path: string;
  readonly max: number;
  readonly tooMany: string;
  /** The message when the list is empty; omit for a list that may be empty. */
  readonly empty?: string;
}

export function checkList<A, B>(
  items: readonly A[] | undefined,
  rules: ListRules,
  check: (item: A, index: number) => Checked<B>,
): Checked<B[]> {
  const list = items ?? [];
  if (list.length === 0 && rules.empty !== undefined) return invalid(rules.path, rules.empty);
  if (list.length > rules.max) return invalid(rules.path, rules.tooMany);
  return each(list, check);
}
