/**
 * @module security-headers-middleware
 * A strict Content-Security-Policy and friends on every response. Document text is untrusted;
 * besides escaping, the CSP makes any markup that slipped through unable to run scripts.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../services/app-env.ts';

/** The policy: only our own static CSS and JS, no inline script or style, no framing. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Sets CSP, nosniff, referrer and framing headers. @example app.use(securityHeaders()) */
export function securityHeaders({ csp = CONTENT_SECURITY_POLICY }: { csp?: string } = {}): MiddlewareHandler<AppEnv> {
  return async function securityHeadersMiddleware(c, next) {
    await next();
    c.header('Content-Security-Policy', csp);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Frame-Options', 'DENY');
  };
}
