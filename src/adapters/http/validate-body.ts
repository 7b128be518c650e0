import type { z } from 'zod';
import { AppError, echoableFieldName, type FieldError } from '../../domain/errors/index.ts';

/** Parses a request body with a zod schema; every problem is named by its field path. */
export function validateBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const fields: FieldError[] = parsed.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: pathOf([...issue.path, echoableFieldName(key)]),
          message: 'is not a known field',
        }))
      : [{ path: pathOf(issue.path), message: plainMessage(issue) }],
  );
  const names = [...new Set(fields.map((f) => f.path))].join(', ');
  throw new AppError('VALIDATION_FAILED', `Check these fields: ${names}.`, { fields });
}

const pathOf = (path: readonly PropertyKey[]): string =>
  path.length > 0 ? path.map(String).join('.') : '(body)';

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be a ${issue.expected}`;
    default:
      return issue.message;
  }
}
