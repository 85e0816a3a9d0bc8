/**
 * @module request-id-middleware
 * Gives every request an id (the client's `X-Request-Id` when it is sane, else a new UUID),
 * so a problem report can be matched with the server log.
 */
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../services/app-env.ts';

export interface RequestIdOptions {
  readonly header?: string;
  readonly generate?: () => string;
}

/** A client-supplied id is kept only if short and plain, since it is echoed into logs and bodies. */
const SAFE_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** Sets `c.var.requestId` and the response header. @example app.use(requestId()) */
export function requestId({
  header = 'X-Request-Id',
  generate = randomUUID,
}: RequestIdOptions = {}): MiddlewareHandler<AppEnv> {
  return async function requestIdMiddleware(c, next) {
    const given = c.req.header(header);
    const id = given && SAFE_ID.test(given) ? given : generate();
    c.set('requestId', id);
    c.header(header, id);
    await next();
  };
}
