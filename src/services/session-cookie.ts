/**
 * @module session-cookie
 * The session cookie: HttpOnly, SameSite=Lax (a link from another site still arrives signed in;
 * a cross-site POST does not carry it), Path=/, Secure over https or with
 * `CONCORD_SECURE_COOKIES`, and then named with the `__Host-` prefix, which a browser accepts
 * only from this very host over https. Its lifetime is the session's.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AccountSettings } from '../accounts/account-settings.ts';

const PLAIN = 'concord_session';
const HOST_ONLY = '__Host-concord_session';
/** The pre-session CSRF cookie of the sign-in form (double submit: cookie and field must match). */
export const LOGIN_CSRF_COOKIE = 'concord_login_csrf';

/** Whether this request's cookies are marked Secure. */
export function secureCookies(c: Context, settings: AccountSettings): boolean {
  return settings.secureCookies || new URL(c.req.url).protocol === 'https:';
}

/** The session secret the request carries, if any. */
export function readSessionCookie(c: Context, settings: AccountSettings): string | undefined {
  return getCookie(c, secureCookies(c, settings) ? HOST_ONLY : PLAIN) || undefined;
}

/** Sets the session cookie. */
export function writeSessionCookie(c: Context, settings: AccountSettings, secret: string): void {
  const secure = secureCookies(c, settings);
  setCookie(c, secure ? HOST_ONLY : PLAIN, secret, {
    path: '/',
    httpOnly: true,
    secure,
    sameSite: 'Lax',
    maxAge: Math.floor(settings.sessionMs / 1000),
  });
}

/** Removes the session cookie. */
export function clearSessionCookie(c: Context, settings: AccountSettings): void {
  const secure = secureCookies(c, settings);
  deleteCookie(c, secure ? HOST_ONLY : PLAIN, { path: '/', secure });
}

/** The sign-in form's CSRF cookie: Strict, short-lived. */
export function writeLoginCsrfCookie(c: Context, settings: AccountSettings, token: string): void {
  setCookie(c, LOGIN_CSRF_COOKIE, token, {
    path: '/',
    httpOnly: true,
    secure: secureCookies(c, settings),
    sameSite: 'Strict',
    maxAge: 3600,
  });
}

/** The sign-in form's CSRF cookie, if any. */
export function readLoginCsrfCookie(c: Context): string | undefined {
  return getCookie(c, LOGIN_CSRF_COOKIE) || undefined;
}
