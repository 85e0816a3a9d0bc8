/**
 * @module permissions
 * Every route declares who may call it, next to the route:
 * `app.post('/api/decisions', allow('reviewer'), handler)`. `allow` refuses a request whose
 * principal's role is below the one named (401 when nobody is signed in, 403 otherwise);
 * `'public'` lets anyone through. The declaration is kept on the middleware so a test can
 * walk the app's routes and fail on one that has none.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { type Principal, type Role, roleAtLeast } from '../model/principal.ts';
import type { AppEnv } from './app-env.ts';
import { ProblemError } from './problem.ts';

export type Permission = Role | 'public';

/** Marks the middleware `allow` returns, so route walkers can read the declaration. */
export const PERMISSION = Symbol('concord.permission');

export type PermissionMiddleware = MiddlewareHandler<AppEnv> & { readonly [PERMISSION]: Permission };

/**
 * The permission middleware of one route.
 * @example app.delete('/api/documents/:id', allow('admin'), handler)
 */
export function allow(permission: Permission): PermissionMiddleware {
  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (permission !== 'public') {
      const user = c.get('user');
      if (!user) throw new ProblemError(401, 'unauthenticated', 'Sign in to do this.');
      if (!roleAtLeast(user.role, permission))
        throw new ProblemError(403, 'forbidden', `This needs the ${permission} role; you are ${user.role}.`);
    }
    await next();
  };
  return Object.assign(middleware, { [PERMISSION]: permission });
}

/** The principal of the request, if any. */
export function currentUser(c: Context<AppEnv>): Principal | undefined {
  return c.get('user');
}

/** Who a decision, import or audit entry is recorded as: taken from the session, never from the form. */
export function actorName(c: Context<AppEnv>): string {
  return c.get('user')?.name ?? 'anonymous';
}
