/**
 * @module serve-cluster
 * `concord serve` with several processes (node:cluster): the primary forks the first HTTP
 * process (it loads the app meanwhile), migrates, tells it the store is ready, forks the others
 * once the first listens, does what runs once per server (first admin, jobs, monitored sources;
 * `serve-once.ts`) once all listen, and hands the port's connections to them in turn; each opens the same store
 * (SQLite in WAL mode reads from several processes at once; writers wait on the busy timeout)
 * and serves the whole app. The primary serves no request. A process that dies is replaced; SIGTERM or
 * SIGINT to the primary stops every process, each finishing the requests it has.
 */
import cluster, { type Worker } from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../log/logger.ts';
import type { CliIo } from './cli-io.ts';
import { CliError } from './cli-error.ts';
import type { GlobalOptions } from './cli-store.ts';
import type { ServingStore } from './serving-store.ts';

/** Set in the HTTP processes' environment, so the same command line serves instead of forking. */
const WORKER_ENV = 'CONCORD_SERVE_WORKER';
/** The primary's message asking an HTTP process to stop. */
const STOP = 'concord:stop';
/** The primary's message that the store is migrated and may be opened. */
const STORE_READY = 'concord:store-ready';
/** An HTTP process's question, sent once it listens for the answer. */
const STORE_READY_ASK = 'concord:store-ready?';
/** Set to 1 for an HTTP process forked once the store is ready (it need not ask). */
const READY_ENV = 'CONCORD_STORE_READY';
/** How long a stopping process may take to finish its requests before it is killed. */
const STOP_GRACE_MS = 10_000;
/** The `concord` bin, from src/cli or dist/cli alike. */
const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'concord.js');
/** Tells the bin in an HTTP process to run the build (1) or the sources (0), as the primary does. */
const BUILT_ENV = 'CONCORD_SERVE_BUILT';

export interface ClusterOptions {
  readonly port: number;
  readonly host: string;
  /** Run jobs in the primary (`--no-worker` turns it off). */
  readonly worker: boolean;
  readonly processes: number;
  readonly globals: GlobalOptions;
  readonly io: CliIo;
  readonly logger: Logger;
}

/** The primary's part, or an HTTP process's when this is one. */
export function serveClustered(options: ClusterOptions): Promise<void> {
  return cluster.isWorker && process.env[WORKER_ENV] === '1' ? serveAsWorker(options) : serveAsPrimary(options);
}

async function serveAsPrimary(options: ClusterOptions): Promise<void> {
  const { io, logger, processes } = options;
  cluster.setupPrimary({ exec: BIN, args: workerArgs(options) });
  // The HTTP processes neither migrate (done here) nor poll sources (the timer runs here).
  const env = { [WORKER_ENV]: '1', CONCORD_MIGRATE: 'off', [BUILT_ENV]: import.meta.url.endsWith('.ts') ? '0' : '1' };
  const workers = new Set<Worker>();
  let stopping = false;
  let listening = 0;
  let storeReady = false;
  const fork = () => {
    workers.add(cluster.fork({ ...env, [READY_ENV]: storeReady ? '1' : '0' }));
  };
  // An HTTP process asks once it listens for the answer (a message sent before would be lost).
  cluster.on('message', (worker, message) => {
    if (message === STORE_READY_ASK && storeReady && worker.isConnected()) worker.send(STORE_READY);
  });
  // Start-up on few cores: the first HTTP process loads the app while this one migrates, and the
  // others are forked once it listens, so that no two processes load the app at once.
  const listened = new Promise<string>((resolve, reject) => {
    cluster.on('listening', (_worker, address) => {
      if (++listening === 1) for (let i = 1; i < processes; i++) fork();
      if (listening === processes) resolve(urlOf(address as AddressInfo & { addressType?: number }, options.host));
    });
    cluster.on('exit', (worker, code, signal) => {
      workers.delete(worker);
      if (stopping) return;
      if (listening < processes) {
        reject(new CliError(`A server process exited (${signal ?? code}) before it listened on port ${options.port}`));
        return;
      }
      logger.warn('server process exited; starting another', { pid: worker.process.pid, code, signal });
      setTimeout(() => !stopping && fork(), 1000).unref();
    });
    fork();
  });
  // Kept until awaited below, so that an early failure is never an unhandled rejection.
  const outcome = listened.then(
    (url) => ({ url }),
    (error: Error) => ({ error }),
  );
  let opened: ServingStore | undefined;
  const stopAll = async (duties?: { stop(): void }) => {
    stopping = true;
    await Promise.all([...workers].map(stopWorker));
    duties?.stop();
    await opened?.close();
  };
  try {
    // Imported after the fork, so that the first HTTP process starts loading without waiting for them.
    const { openServingStore } = await import('./serving-store.ts');
    opened = await openServingStore(options.globals, logger);
  } catch (error) {
    await stopAll();
    throw error;
  }
  storeReady = true;
  for (const worker of workers) if (worker.isConnected()) worker.send(STORE_READY);
  const result = await outcome;
  if ('error' in result) {
    await stopAll();
    throw result.error;
  }
  // The duties (the job runner loads the pipeline) start once every process listens: pages need
  // none of them, and on few cores they would slow the first pages down.
  let duties: { stop(): void };
  try {
    const { startServerDuties } = await import('./serve-once.ts');
    duties = await startServerDuties(opened.store, opened.jobs, { worker: options.worker, out: io.out });
  } catch (error) {
    await stopAll();
    throw error;
  }
  const stop = async (signal: string, code = 0) => {
    if (stopping) return;
    logger.info('stopping', { signal, processes: workers.size });
    await stopAll(duties).finally(() => process.exit(code));
  };
  const { url } = result;
  io.out(`Concord listening on ${url}`);
  logger.info('listening', { url, processes, worker: options.worker });
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

async function serveAsWorker(options: ClusterOptions): Promise<void> {
  // Which process answered: every line of this one names it.
  const logger = options.logger.child({ pid: process.pid });
  // The app loads while the primary migrates; the store is opened once it says so.
  const app = import('../app/start-server.ts');
  const servingStore = import('./serving-store.ts');
  // Also the store's and the queue's code, which opening them would otherwise load after the wait
  // (a failure to load shows when they are opened).
  for (const module of [import('../store/open-store.ts'), import('../jobs/open-job-queue.ts')]) module.catch(() => {});
  if (process.env[READY_ENV] !== '1') await primarySaysStoreReady();
  const { openServingStore } = await servingStore;
  const { store, jobs, target, close } = await openServingStore(options.globals, logger);
  const { startServer } = await app;
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({
      store,
      port: options.port,
      hostname: options.host,
      jobs,
      logger,
      storeTarget: target,
      processes: options.processes,
    });
  } catch (error) {
    await close();
    options.io.err(`concord: Cannot listen on ${options.host}:${options.port}: ${(error as Error).message}`);
    process.exit(1);
  }
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void server
      .close()
      .finally(close)
      .finally(() => process.exit(0));
  };
  // Asked by the primary, or the terminal's Ctrl-C (sent to every process), or the primary is gone.
  process.on('message', (message) => message === STOP && stop());
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
}

/** Resolves on the primary's STORE_READY; a stop request or a lost primary before it ends this process. */
function primarySaysStoreReady(): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (message: unknown) => {
      if (message === STORE_READY) {
        process.off('message', onMessage);
        process.off('disconnect', onLost);
        resolve();
      } else if (message === STOP) process.exit(0);
    };
    const onLost = () => process.exit(0);
    process.on('message', onMessage);
    process.once('disconnect', onLost);
    process.send?.(STORE_READY_ASK);
  });
}

/** The same `serve` command line for an HTTP process. */
function workerArgs(options: ClusterOptions): string[] {
  const db = options.globals.db ? ['--db', options.globals.db] : [];
  return [
    ...db,
    'serve',
    '--port',
    String(options.port),
    '--host',
    options.host,
    '--processes',
    String(options.processes),
  ];
}

/** Asks a process to stop; kills it if it has not within the grace time. Resolves once it has exited. */
function stopWorker(worker: Worker): Promise<void> {
  if (worker.isDead()) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => worker.process.kill('SIGKILL'), STOP_GRACE_MS);
    worker.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    if (worker.isConnected()) worker.send(STOP);
    else worker.process.kill('SIGTERM');
  });
}

/** `http://host:port` of the shared listening address. */
function urlOf(address: AddressInfo & { addressType?: number }, host: string): string {
  const ip = address.address ?? host;
  const ipv6 = address.addressType === 6 || address.family === 'IPv6' || ip.includes(':');
  return `http://${ipv6 ? `[${ip}]` : ip}:${address.port}`;
}
