/**
 * @module csrf-middleware
 * Synchronizer tokens for sessions: a request that changes data and is signed in by the
 * session cookie must carry the session's CSRF token, in the `X-CSRF-Token` header (fetch) or
 * the `_csrf` form field (the pages add it to every POST form). Bearer tokens are not sent by
 * a browser on its own, so requests signed with one need none. This stands beside the
 * same-origin check, which refuses what browsers mark as cross-site.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../services/app-env.ts';
import { ProblemError } from '../../services/problem.ts';
import { sameSecret } from '../../accounts/secret-token.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';
export const CSRF_FIELD = '_csrf';

/** Refuses a session's unsafe request without its token. @example app.use(csrfProtection()) */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async function csrfMiddleware(c, next) {
    const auth = c.get('auth');
    if (SAFE_METHODS.has(c.req.method) || auth?.via !== 'session' || !auth.csrfToken) return next();
    const sent = c.req.header(CSRF_HEADER) ?? (await formToken(c.req.header('content-type'), () => c.req.parseBody()));
    if (!sent || !sameSecret(sent, auth.csrfToken))
      throw new ProblemError(
        403,
        'csrf-token-invalid',
        'This form has expired or did not come from this site: reload the page and try again.',
      );
    return next();
  };
}

/** The `_csrf` field of a form body (parsed once; the route reads Hono's cached copy). */
async function formToken(
  type: string | undefined,
  parse: () => Promise<Record<string, unknown>>,
): Promise<string | undefined> {
  const media = (type ?? '').toLowerCase();
  if (!media.startsWith('application/x-www-form-urlencoded') && !media.startsWith('multipart/form-data'))
    return undefined;
  const value = (await parse().catch(() => ({}) as Record<string, unknown>))[CSRF_FIELD];
  return typeof value === 'string' ? value : undefined;
}
