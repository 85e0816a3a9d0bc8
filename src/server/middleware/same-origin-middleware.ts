/**
 * @module same-origin-middleware
 * Cross-site request forgery guard for state-changing requests. A browser says where a
 * request comes from (`Sec-Fetch-Site`, `Origin`); a request a browser marks as cross-site
 * is refused. Clients that send neither (curl, scripts) are not browsers and pass.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../services/app-env.ts';
import { ProblemError } from '../../services/problem.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses unsafe methods from another site. @example app.use(sameOrigin()) */
export function sameOrigin(): MiddlewareHandler<AppEnv> {
  return async function sameOriginMiddleware(c, next) {
    if (
      !SAFE_METHODS.has(c.req.method) &&
      isCrossSite(c.req.header('sec-fetch-site'), c.req.header('origin'), new URL(c.req.url).origin)
    ) {
      throw new ProblemError(403, 'cross-site-request', 'Requests that change data must come from this site.');
    }
    await next();
  };
}

/** True when the browser headers show another origin. Pure, for tests. */
export function isCrossSite(secFetchSite: string | undefined, origin: string | undefined, ownOrigin: string): boolean {
  if (secFetchSite) return secFetchSite !== 'same-origin' && secFetchSite !== 'none';
  if (origin) return origin !== ownOrigin;
  return false;
}
