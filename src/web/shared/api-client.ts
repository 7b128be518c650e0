/** A problem+json answer from the service, as the UI needs it. */
export interface ApiProblem {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: readonly { path: string; message: string }[];
}

export class ApiError extends Error {
  readonly problem: ApiProblem;
  constructor(problem: ApiProblem) {
    super(problem.detail);
    this.problem = problem;
  }
}

export interface ApiClient {
  post<T>(path: string, body: unknown): Promise<T>;
  get<T>(path: string): Promise<T>;
}

/** Calls the service's JSON API with the signed-in user's bearer token. */
export function createApiClient(getToken: () => Promise<string | undefined>): ApiClient {
  const request = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const token = await getToken();
    const response = await fetch(path, {
      method,
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload: unknown = await response.json().catch(() => ({}));
    if (!response.ok) throw new ApiError(toProblem(response.status, payload));
    return payload as T;
  };
  return { post: (path, body) => request('POST', path, body), get: (path) => request('GET', path) };
}

function toProblem(status: number, payload: unknown): ApiProblem {
  const p = (payload ?? {}) as Partial<ApiProblem>;
  return {
    status,
    code: typeof p.code === 'string' ? p.code : 'UNKNOWN',
    detail: typeof p.detail === 'string' ? p.detail : 'The service could not answer. Try again.',
    errors: Array.isArray(p.errors) ? p.errors : [],
  };
}
