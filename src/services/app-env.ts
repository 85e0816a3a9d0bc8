/**
 * @module app-env
 * The Hono environment both front ends (API routes and web pages) share: the request-scoped
 * values the middleware sets, typed once here.
 */
export interface AppEnv {
  Variables: {
    /** Set by the request-id middleware; echoed in `X-Request-Id` and in problem bodies. */
    requestId: string;
  };
}
