/**
 * @module build-openapi
 * Assembles the OpenAPI 3.1 document from the route modules' path items.
 */
import type { Permission } from '../permissions.ts';
import type { RouteModule } from '../routes/route-module.ts';
import { COMPONENT_SCHEMAS } from './openapi-components.ts';
import { operationSecurity, SECURITY_SCHEMES } from './openapi-security.ts';
import type { OpenApiPaths } from './openapi-types.ts';

/**
 * The OpenAPI document of the given route modules; with `permissionOf` (the app's `allow()`
 * declarations), each operation says which role it needs and how to authenticate.
 * @example buildOpenApi(ROUTE_MODULES).paths['/api/search']
 */
export function buildOpenApi(
  modules: readonly RouteModule[],
  permissionOf?: (method: string, honoPath: string) => Permission | undefined,
): Record<string, unknown> {
  const paths: OpenApiPaths = {};
  for (const module of modules) {
    for (const [path, item] of Object.entries(module.paths)) {
      const existing = paths[path] ?? {};
      for (const method of Object.keys(item)) {
        if (method in existing)
          throw new Error(`OpenAPI: ${method.toUpperCase()} ${path} is described by two route modules`);
      }
      paths[path] = { ...existing, ...withSecurity(path, item, permissionOf) };
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
    components: { schemas: COMPONENT_SCHEMAS, securitySchemes: SECURITY_SCHEMES },
  };
}

/** The path item with each operation's security, where its route declares a permission. */
function withSecurity(
  path: string,
  item: OpenApiPaths[string],
  permissionOf: ((method: string, honoPath: string) => Permission | undefined) | undefined,
): OpenApiPaths[string] {
  if (!permissionOf) return item;
  const out: Record<string, unknown> = {};
  for (const [method, operation] of Object.entries(item)) {
    const permission = permissionOf(method, toHonoPath(path));
    out[method] = permission ? { ...operation, security: operationSecurity(permission) } : operation;
  }
  return out as OpenApiPaths[string];
}

/** OpenAPI path `/api/documents/{id}` → Hono path `/api/documents/:id`. */
export function toHonoPath(openApiPath: string): string {
  return openApiPath.replace(/\{(\w+)\}/g, ':$1');
}
