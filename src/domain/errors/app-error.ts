import { errorCatalogue, type ErrorCode } from './error-codes.ts';

/** One problem with one field, addressed by a dotted path such as `children.0.postcode`. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

export interface AppErrorOptions {
  readonly fields?: readonly FieldError[];
  /** Extra, safe-to-show facts for the caller (e.g. the current state after a lost race). Never personal data. */
  readonly details?: Readonly<Record<string, unknown>>;
  readonly cause?: unknown;
}

/** A failure the product expects and can explain. Anything else is an INTERNAL_ERROR. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: readonly FieldError[];
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message?: string, options: AppErrorOptions = {}) {
    super(message ?? errorCatalogue[code], { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.fields = options.fields ?? [];
    this.details = options.details ?? {};
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
