/**
 * @module serve-command
 * `concord serve`: the HTTP API and web app over the store, until the process is stopped.
 */
import type { RegisterCommand } from './cli-context.ts';
import { CliError } from './cli-error.ts';
import { startWorking } from './cli-jobs.ts';
import { ensureFirstAdmin } from '../accounts/first-admin.ts';
import { startCliWatchTimer } from './cli-watch-timer.ts';
import { openServingStore } from './serving-store.ts';

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
    .action(async (options: { port?: string; host: string; worker: boolean }) => {
      const port = resolvePort(options.port, process.env.PORT);
      const { createLogger } = await import('../log/logger.ts');
      const logger = createLogger();
      const { store, jobs, target, close } = await openServingStore(context.globals(), logger);
      // The first start makes an admin (a one-time password printed here once), so this just works.
      await ensureFirstAdmin(store, process.env, context.io.out);
      // On SQLite the server runs the jobs itself; with PostgreSQL, workers may run them too.
      if (options.worker) await startWorking(store, jobs);
      // Polls of due sources are queued here even without a worker: their keys keep them single.
      const watchTimer = await startCliWatchTimer(store, jobs);
      // Imported lazily so the other commands never load the server and web app.
      const { startServer } = await import('../app/start-server.ts');
      let server: Awaited<ReturnType<typeof startServer>>;
      try {
        server = await startServer({ store, port, hostname: options.host, jobs, logger, storeTarget: target });
      } catch (error) {
        watchTimer?.stop();
        await close();
        throw new CliError(`Cannot listen on ${options.host}:${port}: ${(error as Error).message}`);
      }
      context.io.out(`Concord listening on ${server.url}`);
      logger.info('listening', { url: server.url, worker: options.worker });
      // The store stays open for the server's lifetime; close it on the usual stop signals.
      const stop = (signal: string) => {
        logger.info('stopping', { signal });
        void server
          .close()
          .finally(() => watchTimer?.stop())
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
