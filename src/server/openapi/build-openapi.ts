/**
 * @module build-openapi
 * Assembles the OpenAPI 3.1 document from the route modules' path items.
 */
import type { RouteModule } from '../routes/route-module.ts';
import { COMPONENT_SCHEMAS } from './openapi-components.ts';
import type { OpenApiPaths } from './openapi-types.ts';

/** The OpenAPI document of the given route modules. @example buildOpenApi(ROUTE_MODULES).paths['/api/search'] */
export function buildOpenApi(modules: readonly RouteModule[]): Record<string, unknown> {
  const paths: OpenApiPaths = {};
  for (const module of modules) {
    for (const [path, item] of Object.entries(module.paths)) {
      const existing = paths[path] ?? {};
      for (const method of Object.keys(item)) {
        if (method in existing)
          throw new Error(`OpenAPI: ${method.toUpperCase()} ${path} is described by two route modules`);
      }
      paths[path] = { ...existing, ...item };
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Concord API',
      version: '0.1.0',
      description:
        'Documents of multilateral diplomatic formats, their clause trees and analyses. ' +
        'Errors are RFC 9457 problem details.',
    },
    servers: [{ url: '/' }],
    tags: modules.map((m) => ({ name: m.name })),
    paths,
    components: { schemas: COMPONENT_SCHEMAS },
  };
}

/** OpenAPI path `/api/documents/{id}` → Hono path `/api/documents/:id`. */
export function toHonoPath(openApiPath: string): string {
  return openApiPath.replace(/\{(\w+)\}/g, ':$1');
}
