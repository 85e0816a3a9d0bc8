/**
 * @module authentication-middleware
 * Who is asking: a bearer token (`Authorization: Bearer concord_…`, for scripts), else the
 * session cookie (browsers), else nobody, or the public reader when public read mode is on.
 * Sets `c.var.user` and `c.var.auth`; each route's `allow(...)` then decides. A bearer token
 * that is wrong is refused outright rather than read as anonymous, so a script notices.
 * A session that must change its password reaches only its account page until it has.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AccountSettings } from '../../accounts/account-settings.ts';
import { tokenPrincipal } from '../../accounts/api-tokens.ts';
import { resolveSession } from '../../accounts/sessions.ts';
import type { Principal } from '../../model/principal.ts';
import type { Store } from '../../store/store.ts';
import type { AppEnv } from '../../services/app-env.ts';
import { ProblemError } from '../../services/problem.ts';
import { clearSessionCookie, readSessionCookie } from '../../services/session-cookie.ts';

/** The principal of an anonymous request in public read mode. */
export const PUBLIC_READER: Principal = Object.freeze({ id: 'public', name: 'public', role: 'viewer' });

/** Paths a session that must change its password may still use. */
const PASSWORD_CHANGE_PATHS = ['/account', '/account/password', '/logout', '/login'];

/** Sets the request's principal. @example app.use(authenticate({ store, settings })) */
export function authenticate({
  store,
  settings,
}: {
  store: Store;
  settings: AccountSettings;
}): MiddlewareHandler<AppEnv> {
  return async function authenticationMiddleware(c, next) {
    const bearer = bearerToken(c.req.header('authorization'));
    if (bearer !== undefined) {
      const principal = bearer ? await tokenPrincipal(store, bearer) : undefined;
      if (!principal) throw new ProblemError(401, 'invalid-token', 'The bearer token is unknown or revoked.');
      c.set('user', principal);
      c.set('auth', { via: 'token' });
      return next();
    }
    const secret = readSessionCookie(c, settings);
    const session = secret ? await resolveSession(store, secret, settings) : undefined;
    if (session) {
      c.set('user', session.principal);
      c.set('auth', {
        via: 'session',
        csrfToken: session.csrfToken,
        sessionHash: session.idHash,
        mustChangePassword: session.mustChangePassword,
      });
      if (session.mustChangePassword && !mayUseWhileChanging(c.req.path)) return passwordChangeFirst(c);
      return next();
    }
    if (secret) clearSessionCookie(c, settings);
    if (settings.publicRead) {
      c.set('user', PUBLIC_READER);
      c.set('auth', { via: 'public' });
    }
    return next();
  };
}

/** The token of an `Authorization: Bearer` header; '' for a malformed one; undefined when absent. */
function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const m = /^Bearer\s+(\S{1,200})\s*$/i.exec(header);
  return m ? m[1] : '';
}

function mayUseWhileChanging(path: string): boolean {
  return PASSWORD_CHANGE_PATHS.includes(path) || path.startsWith('/assets/');
}

function passwordChangeFirst(c: Context<AppEnv>): Response {
  if (c.req.method === 'GET' && !c.req.path.startsWith('/api/')) return c.redirect('/account', 303);
  throw new ProblemError(403, 'password-change-required', 'Choose a new password on your account page first.');
}
