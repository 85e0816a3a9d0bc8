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
import { createApp } from './create-app.ts';

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
}

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
}: StartServerOptions): Promise<RunningServer> {
  const app = createApp({ store, analyser, limits, ingest, jobs });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      });
    });
    server.once('error', reject);
  });
}

/** `PORT` from the environment when it is a valid port, else 8080. */
export function defaultPort(env: NodeJS.ProcessEnv = process.env): number {
  const port = Number(env.PORT);
  return Number.isInteger(port) && port >= 0 && port < 65536 && env.PORT?.trim() ? port : 8080;
}
