/** RFC 9457 problem details, the one error shape of the API. */
export interface FieldError {
  readonly field: string;
  readonly messages: readonly string[];
}

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  /** Stable machine-readable reason, e.g. `validation-failed`, `too-many-clauses`. */
  readonly code?: string;
  readonly errors?: readonly FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const titleFor = (status: number): string => TITLES[status] ?? 'Error';

/**
 * Problem types are relative URIs the server resolves: GET /api/problems lists every code of
 * docs/api.md#errors and docs/limits.md, one anchor each.
 */
export const problemType = (code: string): string => `/api/problems#${code}`;

export function problem(
  status: number,
  code: string,
  detail?: string,
  errors?: readonly FieldError[],
): Problem {
  return {
    type: problemType(code),
    title: titleFor(status),
    status,
    code,
    ...(detail !== undefined ? { detail } : {}),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

/** Thrown by services for an error the client can fix; the filter renders it as is. */
export class ProblemException extends Error {
  public override readonly name = 'ProblemException';

  public constructor(public readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }

  public static notFound(detail: string): ProblemException {
    return new ProblemException(problem(404, 'not-found', detail));
  }

  public static conflict(detail: string): ProblemException {
    return new ProblemException(problem(409, 'conflict', detail));
  }

  public static invalid(field: string, message: string): ProblemException {
    return new ProblemException(
      problem(400, 'validation-failed', message, [{ field, messages: [message] }]),
    );
  }
}
