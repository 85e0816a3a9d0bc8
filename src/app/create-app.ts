/**
 * @module create-app
 * The HTTP app: a thin core that wires middleware, the API route modules, the web pages
 * and the one error handler. No network: tests call `app.request()`.
 */
import { Hono } from 'hono';
import type { Analyser } from '../analyse/analyser.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Store } from '../store/store.ts';
import type { FetchUrlOptions } from '../ingest/fetch-url.ts';
import { PAGE_MODULES } from '../web/pages/index.ts';
import { renderProblemPage } from '../web/pages/problem-page.tsx';
import { DEFAULT_LIMITS, type AppDeps, type IngestFn, type Limits } from '../services/service-deps.ts';
import type { AppEnv } from '../services/app-env.ts';
import { defaultIngest } from '../services/default-ingest.ts';
import { errorHandler, notFoundHandler } from '../server/error-handler.ts';
import { bodyLimit } from '../server/middleware/body-limit-middleware.ts';
import { requestId } from '../server/middleware/request-id-middleware.ts';
import { sameOrigin } from '../server/middleware/same-origin-middleware.ts';
import { hostAllowList } from '../server/middleware/host-allow-list-middleware.ts';
import { DEFAULT_RATE_LIMITS, rateLimit, type RateLimits } from '../server/middleware/rate-limit-middleware.ts';
import { resolveAllowedHosts } from '../server/allowed-hosts.ts';
import { securityHeaders } from '../server/middleware/security-headers-middleware.ts';
import { ROUTE_MODULES } from '../server/routes/index.ts';
import type { Logger } from '../log/logger.ts';
import { requestLog } from '../server/middleware/request-log-middleware.ts';
import { HEALTH_PATHS, registerHealthRoutes } from '../server/health-routes.ts';
import type { ReadinessCheck } from '../services/readiness.ts';
import { queueReadiness, storeReadiness } from './readiness-checks.ts';
import { authenticate } from '../server/middleware/authentication-middleware.ts';
import { csrfProtection } from '../server/middleware/csrf-middleware.ts';
import { type AccountSettings, accountSettingsFromEnv } from '../accounts/account-settings.ts';
import { LoginLimiter, type LoginLimits } from '../accounts/login-limiter.ts';

export interface CreateAppOptions {
  readonly store: Store;
  readonly analyser: Analyser;
  readonly limits?: Partial<Limits>;
  /** Replaces the real ingest (tests). */
  readonly ingest?: IngestFn;
  /** The job queue behind `/api/jobs` and `/jobs`. */
  readonly jobs?: JobQueue;
  /** Where unexpected errors are logged (default: the logger with the request id, else console.error). */
  readonly log?: (error: unknown, requestId?: string) => void;
  /** Request and error lines (`startServer` passes one configured from the environment; default none). */
  readonly logger?: Logger;
  /** What `/readyz` checks (default: the store answers and is migrated, and the queue answers). */
  readonly readiness?: readonly ReadinessCheck[];
  /** Host names served besides loopback and `CONCORD_ALLOWED_HOSTS`. */
  readonly allowedHosts?: readonly string[];
  /** Per-client rate limits; `false` turns them off (default: on unless `CONCORD_RATE_LIMITS=off`). */
  readonly rateLimits?: RateLimits | false;
  /** Limits of imports from a URL (tests: `allowLoopback`). */
  readonly urlFetch?: FetchUrlOptions;
  /** Sign-in settings (default: from the environment, see `accountSettingsFromEnv`). */
  readonly accounts?: Partial<AccountSettings>;
  /** Failed sign-ins allowed per account and per client. */
  readonly loginLimits?: LoginLimits;
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
  logger,
  log = logger ? (error, requestId) => logger.error('unexpected error', { requestId, error }) : console.error,
  readiness = [storeReadiness(store), ...(jobs ? [queueReadiness(jobs)] : [])],
  allowedHosts: extraHosts = [],
  rateLimits = process.env.CONCORD_RATE_LIMITS === 'off' ? false : DEFAULT_RATE_LIMITS,
  urlFetch,
  accounts,
  loginLimits,
}: CreateAppOptions): Hono<AppEnv> {
  const settings = Object.freeze({ ...accountSettingsFromEnv(process.env), ...accounts });
  const deps: AppDeps = Object.freeze({
    store,
    analyser,
    ingest,
    ...(jobs ? { jobs } : {}),
    limits: Object.freeze({ ...DEFAULT_LIMITS, ...limits }),
    ...(urlFetch ? { urlFetch } : {}),
    accounts: Object.freeze({ settings, limiter: new LoginLimiter(loginLimits) }),
  });
  const allowedHosts = [...new Set([...resolveAllowedHosts(), ...extraHosts.map((h) => h.toLowerCase())])];
  const app = new Hono<AppEnv>();
  app.use(requestId());
  if (logger) app.use(requestLog(logger, { quietPaths: HEALTH_PATHS }));
  app.use(securityHeaders());
  // Before the host and rate checks: probes come from the orchestrator, by IP, every few seconds.
  registerHealthRoutes(app, readiness);
  app.use(hostAllowList(allowedHosts));
  if (rateLimits) app.use(rateLimit(rateLimits));
  app.use(sameOrigin(allowedHosts));
  app.use(bodyLimit(deps.limits));
  app.use(authenticate({ store, settings }));
  app.use(csrfProtection());
  for (const module of ROUTE_MODULES) module.register(app, deps);
  for (const page of PAGE_MODULES) page.register(app, deps);
  app.onError(errorHandler({ renderPage: renderProblemPage, log }));
  app.notFound(notFoundHandler({ renderPage: renderProblemPage }));
  return app;
}
