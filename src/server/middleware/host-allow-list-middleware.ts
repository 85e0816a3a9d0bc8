/**
 * @module host-allow-list-middleware
 * Refuses requests whose `Host` is not on the allow-list (DNS rebinding: a page on another
 * site that resolves its own name to this server's address). A 400 problem, before any route.
 */
import type { MiddlewareHandler } from 'hono';
import { isAllowedHost } from '../allowed-hosts.ts';
import type { AppEnv } from '../../services/app-env.ts';
import { ProblemError } from '../../services/problem.ts';

/** @example app.use(hostAllowList(['localhost', '127.0.0.1', '[::1]'])) */
export function hostAllowList(allowed: readonly string[]): MiddlewareHandler<AppEnv> {
  return async function hostAllowListMiddleware(c, next) {
    const hostname = new URL(c.req.url).hostname;
    if (!isAllowedHost(hostname, allowed))
      throw new ProblemError(
        400,
        'host-not-allowed',
        `This server does not answer to the host name "${hostname}". Add it to CONCORD_ALLOWED_HOSTS to allow it.`,
      );
    await next();
  };
}
