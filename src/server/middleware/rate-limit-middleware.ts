/**
 * @module rate-limit-middleware
 * Per-client rate limits: imports (the costly requests) have the tightest, other requests
 * that change data a looser one, reads the loosest. Over the limit: 429 with `Retry-After`.
 * The client is the connection's remote address (the server does not sit behind a proxy).
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../services/app-env.ts';
import { ProblemError, toProblem } from '../../services/problem.ts';
import { RateLimiter, type RateLimit } from '../rate-limiter.ts';

/** Limits per client; `false` switches rate limiting off (e.g. a local load test). */
export interface RateLimits {
  readonly imports: RateLimit;
  readonly writes: RateLimit;
  readonly reads: RateLimit;
}

/** Defaults, overridable with `CONCORD_RATE_LIMITS=off`. */
export const DEFAULT_RATE_LIMITS: RateLimits = Object.freeze({
  imports: { burst: 20, perSecond: 0.5 },
  writes: { burst: 60, perSecond: 2 },
  reads: { burst: 400, perSecond: 100 },
});

const IMPORT_PATHS = ['/api/documents', '/import', '/api/imports'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** @example app.use(rateLimit(DEFAULT_RATE_LIMITS)) */
export function rateLimit(limits: RateLimits, now: () => number = Date.now): MiddlewareHandler<AppEnv> {
  const imports = new RateLimiter(limits.imports);
  const writes = new RateLimiter(limits.writes);
  const reads = new RateLimiter(limits.reads);
  return async function rateLimitMiddleware(c, next) {
    const safe = SAFE_METHODS.has(c.req.method);
    const limiter = safe ? reads : IMPORT_PATHS.some((p) => c.req.path.startsWith(p)) ? imports : writes;
    const wait = limiter.take(clientOf(c), now());
    if (wait > 0) return tooMany(c, wait);
    await next();
  };
}

/** A 429 problem with `Retry-After` (built here: the error handler's response carries no extra headers). */
function tooMany(c: Context<AppEnv>, wait: number): Response {
  const error = new ProblemError(429, 'rate-limited', `Too many requests from this client: try again in ${wait} s.`);
  return new Response(JSON.stringify(toProblem(error, c.req.path, c.get('requestId'))), {
    status: 429,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', 'Retry-After': String(wait) },
  });
}

/** The remote address; requests made in-process (tests) share one key. */
function clientOf(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local';
  }
}
