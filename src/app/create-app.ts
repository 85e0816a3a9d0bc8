/**
 * @module create-app
 * The HTTP app: a thin core that wires middleware, the API route modules, the web pages
 * and the one error handler. No network: tests call `app.request()`.
 */
import { Hono } from 'hono';
import type { Analyser } from '../analyse/analyser.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Store } from '../store/store.ts';
import { PAGE_MODULES } from '../web/pages/index.ts';
import { renderProblemPage } from '../web/pages/problem-page.tsx';
import { DEFAULT_LIMITS, type AppDeps, type IngestFn, type Limits } from '../services/service-deps.ts';
import type { AppEnv } from '../services/app-env.ts';
import { defaultIngest } from '../services/default-ingest.ts';
import { errorHandler, notFoundHandler } from '../server/error-handler.ts';
import { bodyLimit } from '../server/middleware/body-limit-middleware.ts';
import { requestId } from '../server/middleware/request-id-middleware.ts';
import { sameOrigin } from '../server/middleware/same-origin-middleware.ts';
import { securityHeaders } from '../server/middleware/security-headers-middleware.ts';
import { ROUTE_MODULES } from '../server/routes/index.ts';

export interface CreateAppOptions {
  readonly store: Store;
  readonly analyser: Analyser;
  readonly limits?: Partial<Limits>;
  /** Replaces the real ingest (tests). */
  readonly ingest?: IngestFn;
  /** The job queue behind `/api/jobs` and `/jobs`. */
  readonly jobs?: JobQueue;
  /** Where unexpected errors are logged (default console.error). */
  readonly log?: (error: unknown) => void;
}

/**
 * Builds the app.
 * @example const app = createApp({ store, analyser }); const res = await app.request('/api/documents')
 */
export function createApp({
  store,
  analyser,
  limits,
  ingest = defaultIngest,
  jobs,
  log,
}: CreateAppOptions): Hono<AppEnv> {
  const deps: AppDeps = Object.freeze({
    store,
    analyser,
    ingest,
    ...(jobs ? { jobs } : {}),
    limits: Object.freeze({ ...DEFAULT_LIMITS, ...limits }),
  });
  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.use(securityHeaders());
  app.use(sameOrigin());
  app.use(bodyLimit(deps.limits));
  for (const module of ROUTE_MODULES) module.register(app, deps);
  for (const page of PAGE_MODULES) page.register(app, deps);
  app.onError(errorHandler({ renderPage: renderProblemPage, log }));
  app.notFound(notFoundHandler({ renderPage: renderProblemPage }));
  return app;
}
