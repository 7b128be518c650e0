import type { z } from 'zod';
import { echoableFieldName, type FieldError } from '../../errors/index.ts';
import { referralDraftSchema, type ReferralDraft } from './referral-draft-schema.ts';

export type DraftParseResult =
  | { readonly ok: true; readonly draft: ReferralDraft }
  | { readonly ok: false; readonly errors: FieldError[] };

const kindOfValue: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a group of fields',
};

const dotted = (path: readonly PropertyKey[]): string => path.map(String).join('.');

function toFieldErrors(issue: z.core.$ZodIssue): FieldError[] {
  const path = dotted(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map(echoableFieldName).map((key) => ({
        path: path === '' ? key : `${path}.${key}`,
        message: 'This is not a field of the referral form',
      }));
    case 'invalid_type':
      return [
        { path, message: `This must be ${kindOfValue[issue.expected] ?? 'a different kind of value'}` },
      ];
    case 'too_big':
      return [
        {
          path,
          message:
            issue.origin === 'string'
              ? `Keep this to ${String(issue.maximum)} characters or fewer`
              : `This list can hold up to ${String(issue.maximum)} entries`,
        },
      ];
    case 'invalid_value':
      return [{ path, message: 'Choose one of the options given' }];
    case 'custom':
      return [{ path, message: issue.message }];
    default:
      return [{ path, message: 'This value cannot be saved' }];
  }
}

/**
 * Checks a draft before it is saved (autosave). Refuses wrong types, unknown fields, oversize text and hidden
 * control characters, with plain-English messages addressed by dotted paths; accepts anything incomplete.
 */
export function parseReferralDraft(input: unknown): DraftParseResult {
  const result = referralDraftSchema.safeParse(input);
  if (result.success) return { ok: true, draft: result.data };
  return { ok: false, errors: result.error.issues.flatMap(toFieldErrors) };
}
