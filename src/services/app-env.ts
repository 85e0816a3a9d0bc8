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
  };
}
