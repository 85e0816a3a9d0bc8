/**
 * @module start-server
 * Serves the app over HTTP with @hono/node-server (what `concord serve` and `npm start` call).
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Analyser } from '../analyse/analyser.ts';
import { createStoreAnalyser } from '../review/store-analyser.ts';
import type { Store } from '../store/store.ts';
import type { IngestFn, Limits } from '../services/service-deps.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { createLogger, type Logger } from '../log/logger.ts';
import type { StoreTarget } from '../store/open-store.ts';
import { createApp } from './create-app.ts';
import { queueReadiness, storeReadiness } from './readiness-checks.ts';
import { shareLoginLimits, shareRateLimits } from './process-share.ts';
import { DEFAULT_RATE_LIMITS } from '../server/middleware/rate-limit-middleware.ts';
import { createTurns } from '../server/fair-turns.ts';

export interface StartServerOptions {
  readonly store: Store;
  /** Port; default env PORT, else 8080. 0 picks a free port. */
  readonly port?: number;
  /** Default 127.0.0.1 (not exposed to the network unless asked). */
  readonly hostname?: string;
  readonly analyser?: Analyser;
  readonly limits?: Partial<Limits>;
  readonly ingest?: IngestFn;
  readonly jobs?: JobQueue;
  /** Connection timeouts (tests shorten them). */
  readonly timeouts?: Partial<ServerTimeouts>;
  /** Host names served besides loopback (default `CONCORD_ALLOWED_HOSTS`). */
  readonly allowedHosts?: readonly string[];
  /** Request and error lines (default: configured from the environment, `CONCORD_LOG`). */
  readonly logger?: Logger;
  /** Where the store lives, so `/readyz` can check its migrations in the right schema. */
  readonly storeTarget?: StoreTarget;
  /** Server processes serving this port (default 1): each keeps its share of the rate and sign-in limits. */
  readonly processes?: number;
}

/**
 * How long a client may take. Without these, 300 connections that send their headers one
 * byte at a time stayed open indefinitely.
 */
export interface ServerTimeouts {
  /** Until the request's headers are complete. */
  readonly headersMs: number;
  /** Until the whole request (body included) is received: a 25 MiB upload on a slow line. */
  readonly requestMs: number;
  /** An idle keep-alive connection is closed after this. */
  readonly keepAliveMs: number;
  /** A socket with no traffic at all is closed after this. */
  readonly idleMs: number;
  /** Open connections at most; more are refused at accept. */
  readonly maxConnections: number;
}

export const DEFAULT_TIMEOUTS: ServerTimeouts = Object.freeze({
  headersMs: 10_000,
  requestMs: 120_000,
  keepAliveMs: 5_000,
  idleMs: 60_000,
  maxConnections: 256,
});

export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Starts listening; resolves once the port is bound.
 * @example const server = await startServer({ store, port: 0 }); console.log(server.url); await server.close()
 */
export function startServer({
  store,
  port = defaultPort(),
  hostname = '127.0.0.1',
  analyser = createStoreAnalyser(store),
  limits,
  ingest,
  jobs,
  timeouts,
  allowedHosts,
  logger = createLogger(),
  storeTarget,
  processes = 1,
}: StartServerOptions): Promise<RunningServer> {
  const readiness = [storeReadiness(store, storeTarget), ...(jobs ? [queueReadiness(jobs)] : [])];
  const app = createApp({
    store,
    analyser,
    limits,
    ingest,
    jobs,
    allowedHosts,
    logger,
    readiness,
    ...shares(processes),
  });
  const t = { ...DEFAULT_TIMEOUTS, ...timeouts };
  // Node checks the header and request timeouts on this interval (default 30 s): keep it tight.
  const serverOptions = {
    headersTimeout: t.headersMs,
    requestTimeout: t.requestMs,
    keepAliveTimeout: t.keepAliveMs,
    connectionsCheckingInterval: Math.min(1000, t.headersMs),
  };
  // One request starts per turn of the loop, so a busy server still takes new connections (fair-turns.ts).
  const turn = createTurns();
  const fetch: typeof app.fetch = (request, ...rest) => turn().then(() => app.fetch(request, ...rest));
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname, serverOptions }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      });
    });
    server.setTimeout(t.idleMs);
    (server as { maxConnections?: number }).maxConnections = t.maxConnections;
    server.once('error', reject);
  });
}

/** This process's share of the per-client limits when several processes serve the port. */
function shares(processes: number) {
  if (processes <= 1) return {};
  const rateLimitsOff = process.env.CONCORD_RATE_LIMITS === 'off';
  return {
    loginLimits: shareLoginLimits(processes),
    ...(rateLimitsOff ? {} : { rateLimits: shareRateLimits(DEFAULT_RATE_LIMITS, processes) }),
  };
}

/** `PORT` from the environment when it is a valid port, else 8080. */
export function defaultPort(env: NodeJS.ProcessEnv = process.env): number {
  const port = Number(env.PORT);
  return Number.isInteger(port) && port >= 0 && port < 65536 && env.PORT?.trim() ? port : 8080;
}
