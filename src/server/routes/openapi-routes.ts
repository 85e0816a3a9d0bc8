/**
 * @module openapi-routes
 * `GET /api/openapi.json`: the OpenAPI document of every /api route, itself included.
 */
import { buildOpenApi } from '../openapi/build-openapi.ts';
import { jsonResponse } from '../openapi/openapi-helpers.ts';
import type { OpenApiPaths } from '../openapi/openapi-types.ts';
import { defineRoutes, type RouteModule } from './route-module.ts';
import { allow } from '../permissions.ts';
import { permissionLookup } from '../route-permissions.ts';

const paths: OpenApiPaths = {
  '/api/openapi.json': {
    get: {
      operationId: 'getOpenApi',
      tags: ['meta'],
      summary: 'This OpenAPI 3.1 document.',
      responses: { 200: jsonResponse('The OpenAPI document.', { type: 'object' }) },
    },
  },
};

/** Serves the OpenAPI document of `modules` with each operation's security (built once, on first request). */
export function openApiRoutes(modules: () => readonly RouteModule[]): RouteModule {
  return defineRoutes({
    name: 'meta',
    paths,
    register(app) {
      let document: Record<string, unknown> | undefined;
      // Built on first request, when every route (and its allow()) is registered.
      app.get('/api/openapi.json', allow('public'), (c) =>
        c.json((document ??= buildOpenApi(modules(), permissionLookup(app)))),
      );
    },
  });
}
