/**
 * @module jobs-command
 * `concord jobs`: the queue's jobs, newest first — state, attempts, progress and the reason of
 * a failure — and `concord worker`: a process that takes jobs until stopped (with PostgreSQL,
 * start as many as wanted, on any machine pointing at the same database).
 */
import type { JobView } from '../jobs/job-types.ts';
import type { RegisterCommand } from './cli-context.ts';
import { CliError } from './cli-error.ts';
import { openCliJobQueue, startWorking } from './cli-jobs.ts';
import { withStore } from './cli-store.ts';
import { startCliWatchTimer } from './cli-watch-timer.ts';
import { openServingStore } from './serving-store.ts';
import { formatTable } from './format-table.ts';
import { positiveInt } from './parse-int-option.ts';

const STATES = ['queued', 'running', 'retrying', 'completed', 'failed'];

/** Registers `jobs` and `worker`. */
export const registerJobsCommand: RegisterCommand = (program, context) => {
  program
    .command('jobs')
    .description('list jobs: queued, running, retrying, completed, failed (with the reason)')
    .option('--state <state>', `only jobs in this state (${STATES.join(', ')})`)
    .option('--limit <n>', 'at most this many', positiveInt, 50)
    .option('--json', 'print JSON')
    .action(async (options: { state?: string; limit: number; json?: boolean }) => {
      if (options.state && !STATES.includes(options.state))
        throw new CliError(`Unknown state "${options.state}": use one of ${STATES.join(', ')}`);
      const jobs = await withStore(context.globals(), async (store) => {
        const queue = await openCliJobQueue(store, context.globals());
        try {
          return await queue.list({ state: options.state as JobView['state'] | undefined, limit: options.limit });
        } finally {
          await queue.close();
        }
      });
      if (options.json) return context.io.out(JSON.stringify(jobs, null, 2));
      for (const line of jobsTable(jobs)) context.io.out(line);
      context.io.out(`${jobs.length} job${jobs.length === 1 ? '' : 's'}`);
    });

  program
    .command('worker')
    .description('take jobs from the queue until stopped (SIGINT/SIGTERM)')
    .option('--concurrency <n>', 'jobs run at once', positiveInt, 1)
    .action(async (options: { concurrency: number }) => {
      const { createLogger } = await import('../log/logger.ts');
      const logger = createLogger();
      const { store, jobs: queue, close } = await openServingStore(context.globals(), logger);
      const reanalysis = await startWorking(store, queue, options.concurrency);
      const watchTimer = await startCliWatchTimer(store, queue);
      context.io.out(`Concord worker taking ${queue.registry.names().join(', ')} jobs`);
      logger.info('worker started', { pid: process.pid, concurrency: options.concurrency });
      if (reanalysis) context.io.out(`steps changed version: re-analysis queued as job ${reanalysis}`);
      // Stopping waits for the running jobs (or, past 10 s, gives them back to the queue).
      const stop = (signal: string) => {
        logger.info('worker stopping', { signal, pid: process.pid });
        void Promise.resolve(watchTimer?.stop())
          .then(close)
          .then(() => logger.info('worker stopped', { pid: process.pid }))
          .finally(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
};

/** The table lines of `jobs`. */
export function jobsTable(jobs: readonly JobView[]): string[] {
  return formatTable(
    [
      { header: 'id' },
      { header: 'type' },
      { header: 'state' },
      { header: 'attempts', right: true },
      { header: 'progress', right: true },
      { header: 'queued' },
      { header: 'reason', max: 60 },
    ],
    jobs.map((j) => [
      j.id,
      j.type,
      j.state,
      String(j.attempts),
      j.progress ? `${j.progress.done}/${j.progress.total}` : '',
      j.createdAt.replace('T', ' ').slice(0, 19),
      j.error ?? '',
    ]),
  );
}
