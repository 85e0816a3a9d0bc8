/**
 * @module serve-command
 * `concord serve`: the HTTP API and web app over the store, until the process is stopped. By
 * default one HTTP process per core (`serve-cluster.ts`); `--processes 1` serves from this
 * process alone.
 */
import { availableParallelism } from 'node:os';
import type { RegisterCommand } from './cli-context.ts';
import { CliError } from './cli-error.ts';

interface ServeOptions {
  readonly port?: string;
  readonly host: string;
  readonly worker: boolean;
  readonly processes?: string;
}

/** Registers `serve`. The port: `--port`, else env PORT, else 8080. */
export const registerServeCommand: RegisterCommand = (program, context) => {
  program
    .command('serve')
    .description('serve the HTTP API and web app')
    .option('--port <port>', 'port to listen on (env PORT, default 8080)')
    .option(
      '--host <host>',
      'address to listen on (env HOST; 0.0.0.0 to serve other machines)',
      process.env.HOST || '127.0.0.1',
    )
    .option('--no-worker', 'do not run jobs in this process (leave them to `concord worker` processes)')
    .option('--processes <n>', 'HTTP server processes (env CONCORD_PROCESSES, default one per core)')
    .action(async (options: ServeOptions) => {
      const port = resolvePort(options.port, process.env.PORT);
      const processes = resolveProcesses(options.processes, process.env.CONCORD_PROCESSES);
      const { createLogger } = await import('../log/logger.ts');
      const logger = createLogger();
      if (processes > 1) {
        const { serveClustered } = await import('./serve-cluster.ts');
        const { host, worker } = options;
        await serveClustered({ port, host, worker, processes, globals: context.globals(), io: context.io, logger });
        return;
      }
      const { openServingStore } = await import('./serving-store.ts');
      const { startServerDuties } = await import('./serve-once.ts');
      const { store, jobs, target, close } = await openServingStore(context.globals(), logger);
      // Imported lazily so the other commands never load the server and web app.
      const { startServer } = await import('../app/start-server.ts');
      let server: Awaited<ReturnType<typeof startServer>>;
      try {
        server = await startServer({ store, port, hostname: options.host, jobs, logger, storeTarget: target });
      } catch (error) {
        await close();
        throw new CliError(`Cannot listen on ${options.host}:${port}: ${(error as Error).message}`);
      }
      // Pages need none of the duties (the job runner loads the pipeline): they start once it listens.
      const duties = await startServerDuties(store, jobs, { worker: options.worker, out: context.io.out }).catch(
        async (error) => {
          await server.close();
          await close();
          throw error;
        },
      );
      context.io.out(`Concord listening on ${server.url}`);
      logger.info('listening', { url: server.url, worker: options.worker, processes: 1 });
      // The store stays open for the server's lifetime; close it on the usual stop signals.
      const stop = (signal: string) => {
        logger.info('stopping', { signal });
        void server
          .close()
          .finally(() => duties.stop())
          .finally(close)
          .finally(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
};

/** The port from the option, else the environment, else 8080. @example resolvePort(undefined, '3000') === 3000 */
export function resolvePort(option: string | undefined, env: string | undefined): number {
  const raw = option ?? env ?? '8080';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliError(`Invalid port "${raw}": use a number from 0 to 65535`);
  return port;
}

/**
 * HTTP processes: the option, else the environment, else one per core.
 * @example resolveProcesses('2', undefined) === 2
 */
export function resolveProcesses(option: string | undefined, env: string | undefined, cores = availableParallelism()) {
  const raw = option ?? (env?.trim() || undefined);
  if (raw === undefined) return Math.max(1, cores);
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new CliError(`Invalid number of processes "${raw}": use 1 to 64`);
  return n;
}
