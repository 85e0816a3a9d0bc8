/**
 * @module route-module
 * The contract of an API route module: it registers its handlers and describes the same
 * routes as OpenAPI path items, side by side, so the two are written together.
 */
import type { Hono } from 'hono';
import type { AppEnv } from '../../services/app-env.ts';
import type { AppDeps } from '../../services/service-deps.ts';
import type { OpenApiPaths } from '../openapi/openapi-types.ts';

export interface RouteModule {
  /** Short name, also the OpenAPI tag. */
  readonly name: string;
  /** OpenAPI path items of the routes `register` adds, keyed by OpenAPI path (`/api/documents/{id}`). */
  readonly paths: OpenApiPaths;
  /** Adds the module's routes to the app (full paths, starting with `/api`). */
  register(app: Hono<AppEnv>, deps: AppDeps): void;
}

/**
 * Checks and freezes a route module.
 * @example export const searchRoutes = defineRoutes({ name: 'search', paths, register })
 */
export function defineRoutes(module: RouteModule): RouteModule {
  for (const path of Object.keys(module.paths)) {
    if (!path.startsWith('/api/'))
      throw new Error(`Route module "${module.name}" describes "${path}", which is not under /api/`);
  }
  return Object.freeze(module);
}
