/**
 * @module request-log-middleware
 * One log line per request: request id, method, path, status, duration and who asked. Only
 * the path is logged — never the query string, headers or body, where search terms, cookies,
 * tokens and document text travel — and a path parameter named like a secret is masked.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { Logger } from '../../log/logger.ts';
import type { AppEnv } from '../../services/app-env.ts';
import { currentUser } from '../permissions.ts';

export interface RequestLogOptions {
  /** Paths logged at debug level only (health probes every few seconds would drown the rest). */
  readonly quietPaths?: readonly string[];
}

/** Logs each request when its response is ready. @example app.use(requestLog(logger)) */
export function requestLog(logger: Logger, { quietPaths = [] }: RequestLogOptions = {}): MiddlewareHandler<AppEnv> {
  return async function requestLogMiddleware(c, next) {
    const started = performance.now();
    try {
      await next();
    } finally {
      const status = c.res.status;
      const user = currentUser(c)?.name;
      const level = quietPaths.includes(c.req.path) ? 'debug' : status >= 500 ? 'error' : 'info';
      logger[level]('request', {
        requestId: c.get('requestId'),
        method: c.req.method,
        path: loggedPath(c),
        status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        ...(user ? { user } : {}),
      });
    }
  };
}

/** The request's path, with values of parameters named like secrets (`:token`) masked. */
function loggedPath(c: Context<AppEnv>): string {
  let path = c.req.path;
  let params: Record<string, string> = {};
  try {
    params = c.req.param() as Record<string, string>;
  } catch {
    // No route matched (404): no parameters to mask.
  }
  for (const [name, value] of Object.entries(params))
    if (/token|secret|password|key/i.test(name) && value) path = path.split(value).join('[redacted]');
  return path;
}
