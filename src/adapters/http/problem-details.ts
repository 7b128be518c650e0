import type { Response } from 'express';
import { AppError, errorCatalogue, type ErrorCode, type FieldError } from '../../domain/errors/index.ts';

/** The one place error codes become HTTP statuses. */
const statusByCode: Readonly<Record<ErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  NOT_FOUND: 404,
  ACTION_NOT_PERMITTED: 403,
  INVALID_TRANSITION: 409,
  VERSION_CONFLICT: 412,
  VERSION_REQUIRED: 428,
  NOT_READY_TO_SUBMIT: 422,
  REVIEWER_INVALID: 422,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
};

export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: ErrorCode;
  readonly detail: string;
  readonly errors?: readonly FieldError[];
  readonly [extension: string]: unknown;
}

export function statusFor(code: ErrorCode): number {
  return statusByCode[code];
}

/** RFC 9457 problem details. Unknown errors become a bare INTERNAL_ERROR: no message, no stack. */
export function toProblem(error: unknown): ProblemDetails {
  const appError = error instanceof AppError ? error : new AppError('INTERNAL_ERROR');
  return {
    ...appError.details,
    type: `urn:practice-review-referral:problem:${appError.code.toLowerCase().replaceAll('_', '-')}`,
    title: errorCatalogue[appError.code],
    status: statusFor(appError.code),
    code: appError.code,
    detail: appError.message,
    ...(appError.fields.length > 0 ? { errors: appError.fields } : {}),
  };
}

export function sendProblem(res: Response, error: unknown): void {
  const problem = toProblem(error);
  res.status(problem.status).type('application/problem+json').json(problem);
}
