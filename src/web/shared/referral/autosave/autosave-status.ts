import type { FieldProblem } from '../../api/api-error.ts';

/** Where the person's latest changes are, as the status line and the guards need to know. */
export type AutosaveStatus =
  | { readonly kind: 'saved'; readonly at: Date | undefined }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'offline' }
  | { readonly kind: 'retrying' }
  | { readonly kind: 'invalid'; readonly errors: readonly FieldProblem[] }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'closed'; readonly state: string | undefined };

/** States in which the latest changes are not on the service yet. */
export const hasUnsavedChanges = (status: AutosaveStatus): boolean => status.kind !== 'saved';
