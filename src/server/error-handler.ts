/**
 * @module error-handler
 * The one place errors become responses: `ProblemError`, zod errors, Hono's HTTP exceptions
 * and unexpected failures all leave as RFC 9457 problem details (or, for a browser asking
 * for a page, as an HTML page built from the same problem).
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import type { AppEnv } from '../services/app-env.ts';
import { ProblemError, toProblem, type ProblemDetails } from '../services/problem.ts';
import { fieldErrors } from '../services/field-errors.ts';

/** Renders a problem as an HTML page (the web app supplies it). */
export type ProblemPageRenderer = (problem: ProblemDetails, c: Context<AppEnv>) => Response | Promise<Response>;

export interface ErrorHandlerOptions {
  readonly renderPage?: ProblemPageRenderer;
  /** Where unexpected errors are logged, with the request's id; silent in tests if replaced. */
  readonly log?: (error: unknown, requestId?: string) => void;
}

/** `app.onError(...)`. @example app.onError(errorHandler({ renderPage })) */
export function errorHandler({ renderPage, log = console.error }: ErrorHandlerOptions = {}): ErrorHandler<AppEnv> {
  return function onError(error, c) {
    const problemError = asProblemError(error);
    if (problemError.status >= 500) log(error, c.get('requestId'));
    return respond(c, problemError, renderPage);
  };
}

/** `app.notFound(...)`: unknown routes are problems too. */
export function notFoundHandler({ renderPage }: ErrorHandlerOptions = {}): NotFoundHandler<AppEnv> {
  return function notFound(c) {
    return respond(
      c,
      new ProblemError(404, 'route-not-found', `No route for ${c.req.method} ${c.req.path}.`),
      renderPage,
    );
  };
}

/** Maps any thrown value to a `ProblemError`; unknown errors hide their message (it may leak internals). */
export function asProblemError(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  if (error instanceof ZodError)
    return new ProblemError(
      400,
      'invalid-request',
      'The request has invalid parameters; see `errors`.',
      fieldErrors(error),
    );
  if (error instanceof HTTPException)
    return new ProblemError(error.status, `http-${error.status}`, error.message || 'The request could not be handled.');
  return new ProblemError(
    500,
    'internal-error',
    'Something went wrong on the server. The request id identifies it in the log.',
  );
}

function respond(
  c: Context<AppEnv>,
  error: ProblemError,
  renderPage?: ProblemPageRenderer,
): Response | Promise<Response> {
  const problem = toProblem(error, c.req.path, c.get('requestId'));
  if (renderPage && wantsPage(c)) return renderPage(problem, c);
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: {
      'Content-Type': 'application/problem+json; charset=utf-8',
      ...(problem.requestId ? { 'X-Request-Id': problem.requestId } : {}),
    },
  });
}

/** A page for browsers outside /api; JSON for API clients and everything under /api. */
function wantsPage(c: Context<AppEnv>): boolean {
  if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return false;
  return (c.req.header('accept') ?? '').includes('text/html');
}
