/**
 * @module same-origin-middleware
 * Cross-site request forgery guard for state-changing requests. A browser says where a
 * request comes from (`Sec-Fetch-Site`, `Origin`); a request a browser marks as cross-site
 * is refused, and so is an `Origin` whose host is not on the allow-list or whose port is not
 * this server's (compared with the list, never with `Host`, which a rebinding attacker sets).
 * Clients that send neither (curl, scripts) are not browsers and pass.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../services/app-env.ts';
import { ProblemError } from '../../services/problem.ts';
import { LOOPBACK_HOSTS, isAllowedHost } from '../allowed-hosts.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses unsafe methods from another site. @example app.use(sameOrigin(resolveAllowedHosts())) */
export function sameOrigin(allowed: readonly string[] = LOOPBACK_HOSTS): MiddlewareHandler<AppEnv> {
  return async function sameOriginMiddleware(c, next) {
    const own = new URL(c.req.url);
    if (
      !SAFE_METHODS.has(c.req.method) &&
      isCrossSite(c.req.header('sec-fetch-site'), c.req.header('origin'), { allowed, port: own.port })
    ) {
      throw new ProblemError(403, 'cross-site-request', 'Requests that change data must come from this site.');
    }
    await next();
  };
}

/** True when the browser headers show another origin. Pure, for tests. */
export function isCrossSite(
  secFetchSite: string | undefined,
  origin: string | undefined,
  own: { allowed: readonly string[]; port: string },
): boolean {
  if (secFetchSite && secFetchSite !== 'same-origin' && secFetchSite !== 'none') return true;
  if (!origin) return false;
  if (!URL.canParse(origin)) return true;
  const url = new URL(origin);
  return !isAllowedHost(url.hostname, own.allowed) || url.port !== own.port;
}
