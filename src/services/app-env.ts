/**
 * @module app-env
 * The Hono environment both front ends (API routes and web pages) share: the request-scoped
 * values the middleware sets, typed once here.
 */
import type { Principal } from '../model/principal.ts';

export interface AppEnv {
  Variables: {
    /** Set by the request-id middleware; echoed in `X-Request-Id` and in problem bodies. */
    requestId: string;
    /** Who is asking, set by the authentication middleware; absent for an anonymous request. */
    user?: Principal;
    /** How the user was recognised (absent: anonymous); set with `user`. */
    auth?: RequestAuth;
  };
}

/** How a request's principal was recognised. */
export interface RequestAuth {
  /** A session cookie, a bearer token, or the public reader of `CONCORD_PUBLIC_READ`. */
  readonly via: 'session' | 'token' | 'public';
  /** The session's CSRF token, which every state-changing request of the session must carry. */
  readonly csrfToken?: string;
  /** The session's stored id (the SHA-256 of its secret). */
  readonly sessionHash?: string;
  /** The user signed in with a one-time or reset password and must choose one. */
  readonly mustChangePassword?: boolean;
}
