/**
 * @module health-routes
 * `GET /healthz`: the process is alive (no store access, so a slow database never gets a
 * healthy server restarted). `GET /readyz`: the store is reachable and migrated and the queue
 * reachable; otherwise 503 with the reason of each failed check, so a load balancer sends no
 * traffic. Both public: probes carry no session, and the answers hold no data.
 */
import type { Hono } from 'hono';
import type { AppEnv } from '../services/app-env.ts';
import { probeReadiness, type ReadinessCheck } from '../services/readiness.ts';
import { allow } from './permissions.ts';

/** The probe paths, also kept out of the info-level request log. */
export const HEALTH_PATHS = ['/healthz', '/readyz'] as const;

/** Adds the two probes. @example registerHealthRoutes(app, [storeCheck, queueCheck]) */
export function registerHealthRoutes(app: Hono<AppEnv>, checks: readonly ReadinessCheck[]): void {
  app.get('/healthz', allow('public'), (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok' });
  });
  app.get('/readyz', allow('public'), async (c) => {
    const { ready, checks: results } = await probeReadiness(checks);
    c.header('Cache-Control', 'no-store');
    return c.json({ status: ready ? 'ready' : 'not ready', checks: results }, ready ? 200 : 503);
  });
}
