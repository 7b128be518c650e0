/** One field the service refused, addressed by its dotted path in the form (`children.0.postcode`). */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

/** A problem+json answer from the service, as the UI needs it. */
export interface ApiProblem {
  /** 0 when the service could not be reached at all. */
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: readonly FieldProblem[];
  /** With VERSION_CONFLICT: the version the service holds now. */
  readonly currentVersion?: number;
  /** With INVALID_TRANSITION: the state the referral is in now. */
  readonly state?: string;
}

export class ApiError extends Error {
  readonly problem: ApiProblem;
  constructor(problem: ApiProblem) {
    super(problem.detail);
    this.problem = problem;
  }
}

export const isApiError = (error: unknown, code?: string): error is ApiError =>
  error instanceof ApiError && (code === undefined || error.problem.code === code);

export const networkProblem = (): ApiProblem => ({
  status: 0,
  code: 'NETWORK',
  detail: 'The service could not be reached. Check your connection and try again.',
  errors: [],
});

export function toProblem(status: number, payload: unknown): ApiProblem {
  const p = (payload ?? {}) as Partial<ApiProblem>;
  return {
    status,
    code: typeof p.code === 'string' ? p.code : 'UNKNOWN',
    detail: typeof p.detail === 'string' ? p.detail : 'The service could not answer. Try again.',
    errors: Array.isArray(p.errors) ? p.errors : [],
    ...(typeof p.currentVersion === 'number' ? { currentVersion: p.currentVersion } : {}),
    ...(typeof p.state === 'string' ? { state: p.state } : {}),
  };
}

/** Words for a failed request that a practitioner can act on. */
export function problemMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong. Try again.';
  switch (error.problem.code) {
    case 'NETWORK':
      return error.problem.detail;
    case 'NOT_FOUND':
      return 'This referral does not exist or you do not have access to it.';
    case 'RATE_LIMITED':
      return 'Too many requests in a short time. Wait a minute, then try again.';
    case 'UNAUTHENTICATED':
      return 'Your sign-in has expired. Reload the tab to sign in again.';
    default:
      return error.problem.detail;
  }
}
