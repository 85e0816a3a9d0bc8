/**
 * @module route-permissions
 * What each route of a built app declares with `allow()`, read back from the PERMISSION mark on
 * its handlers: the route × role matrix test walks it, and the OpenAPI document takes each
 * operation's security from it, so the two cannot say different things.
 */
import type { Hono } from 'hono';
import type { AppEnv } from '../services/app-env.ts';
import { PERMISSION, type Permission } from './permissions.ts';

export interface DeclaredRoute {
  readonly method: string;
  /** Hono's path (`/api/documents/:id`). */
  readonly path: string;
  /** Undefined when no handler of the route declares one. */
  readonly permission: Permission | undefined;
}

/**
 * Each method and path the app serves, with the permission its handlers declare.
 * @example declaredRoutes(app).find((r) => r.path === '/api/queue')?.permission // 'viewer'
 */
export function declaredRoutes(app: Hono<any>): DeclaredRoute[] {
  const byRoute = new Map<string, DeclaredRoute>();
  for (const r of app.routes) {
    if (r.method === 'ALL') continue; // app.use middleware
    const key = `${r.method} ${r.path}`;
    const permission = (r.handler as { [PERMISSION]?: Permission })[PERMISSION];
    const known = byRoute.get(key);
    byRoute.set(key, { method: r.method, path: r.path, permission: known?.permission ?? permission });
  }
  return [...byRoute.values()];
}

/** A lookup of the declared permission by method and Hono path. */
export function permissionLookup(app: Hono<any>): (method: string, path: string) => Permission | undefined {
  const byKey = new Map(declaredRoutes(app).map((r) => [`${r.method} ${r.path}`, r.permission]));
  return (method, path) => byKey.get(`${method.toUpperCase()} ${path}`);
}
