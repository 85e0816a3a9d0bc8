/**
 * @module problem
 * RFC 9457 problem details: the one error shape of the HTTP API. Routes throw `ProblemError`;
 * the single error handler (`error-handler.ts`) turns it, and anything else, into a response.
 */

/** One invalid field of a request, as reported in a 400 problem's `errors`. */
export interface FieldError {
  /** Where the bad value is: `query.limit`, `body.text`, `params.id`. */
  readonly pointer: string;
  readonly message: string;
}

/** The JSON body of a problem response (`application/problem+json`). */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  /** Stable machine-readable code, e.g. `document-not-found`. */
  readonly code: string;
  readonly errors?: readonly FieldError[];
  readonly requestId?: string;
}

/** Standard titles by status, so a thrown error need only name its code and detail. */
const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  403: 'Forbidden',
  409: 'Conflict',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
};

/** The problem type URI of a code: relative, so it resolves against the API's own host. */
export function problemType(code: string): string {
  return `/api/problems/${code}`;
}

/** The title of a status, `Error` when unknown. @example statusTitle(404) === 'Not Found' */
export function statusTitle(status: number): string {
  return TITLES[status] ?? 'Error';
}

/**
 * An error the API reports to the client as problem details.
 * @example throw new ProblemError(404, 'document-not-found', 'No document with id "d_x".')
 */
export class ProblemError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors?: readonly FieldError[];

  constructor(status: number, code: string, detail: string, errors?: readonly FieldError[]) {
    super(detail);
    this.name = 'ProblemError';
    this.status = status;
    this.code = code;
    this.errors = errors;
  }
}

/** Builds the problem body for an error at a request path. */
export function toProblem(error: ProblemError, instance: string, requestId?: string): ProblemDetails {
  return {
    type: problemType(error.code),
    title: statusTitle(error.status),
    status: error.status,
    detail: error.message,
    instance,
    code: error.code,
    ...(error.errors ? { errors: error.errors } : {}),
    ...(requestId ? { requestId } : {}),
  };
}
