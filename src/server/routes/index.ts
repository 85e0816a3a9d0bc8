/**
 * @module routes
 * Every API route module, in registration order. To add routes (entities, statements, …),
 * write a `RouteModule` in this folder and add one line here; the OpenAPI document and its
 * drift test pick it up.
 */
import { claimsRoutes } from './claims-routes.ts';
import { custodyRoutes } from './custody-routes.ts';
import { documentsRoutes } from './documents-routes.ts';
import { entitiesRoutes } from './entities-routes.ts';
import { importsRoutes } from './imports-routes.ts';
import { jobsRoutes } from './jobs-routes.ts';
import { openApiRoutes } from './openapi-routes.ts';
import { queueRoutes } from './queue-routes.ts';
import type { RouteModule } from './route-module.ts';
import { searchRoutes } from './search-routes.ts';
import { sourcesRoutes } from './sources-routes.ts';
import { statementsRoutes } from './statements-routes.ts';
import { trackingRoutes } from './tracking-routes.ts';
import { usersRoutes } from './users-routes.ts';

/** The API route modules. */
export const ROUTE_MODULES: readonly RouteModule[] = [
  documentsRoutes,
  searchRoutes,
  entitiesRoutes,
  statementsRoutes,
  trackingRoutes,
  jobsRoutes,
  importsRoutes,
  claimsRoutes,
  custodyRoutes,
  usersRoutes,
  queueRoutes,
  sourcesRoutes,
  openApiRoutes(() => ROUTE_MODULES),
];
