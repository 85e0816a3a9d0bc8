/**
 * @module in-process-queue
 * The job queue on SQLite: the `jobs` table is the queue and the process that opened it runs
 * the jobs (so the embedded default stays one command). A job is claimed by an UPDATE that
 * only succeeds from a waiting state, retried with exponential back-off, and a job found
 * running at start (its process stopped mid-way) is queued again.
 */
import { sql } from 'kysely';
import type { KyselyStore } from '../store/kysely-store.ts';
import type { ConcordStore } from '../store/store-extensions.ts';
import type { EnqueueOptions, JobQueue } from './job-queue.ts';
import type { Logger } from '../log/logger.ts';
import type { JobRegistry } from './job-types.ts';
import { getJob, insertJob, listJobs } from './jobs-table.ts';
import { runJobAttempt } from './run-job.ts';

/** How often waiting retries are looked for, in ms. */
const POLL_MS = 500;

/** A queue whose jobs run in this process. */
export function createInProcessQueue(
  store: KyselyStore & ConcordStore,
  registry: JobRegistry,
  logger?: Logger,
): JobQueue {
  const { db } = store;
  const running = new Set<Promise<void>>();
  let concurrency = 0;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  /** Claims and starts due jobs while there is room. */
  const kick = async (): Promise<void> => {
    while (!closed && running.size < concurrency) {
      const now = new Date().toISOString();
      const next = await db
        .selectFrom('jobs')
        .select(['id', 'type', 'state', 'attempts', 'max_attempts'])
        .where('state', 'in', ['queued', 'retrying'])
        .where('run_after', '<=', now)
        .orderBy('created_at')
        .orderBy('id')
        .limit(1)
        .executeTakeFirst();
      if (!next) return;
      const claimed = await db
        .updateTable('jobs')
        .set({ state: 'running' })
        .where('id', '=', next.id)
        .where('state', '=', next.state)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) continue;
      const attempt = {
        id: next.id,
        type: next.type,
        attempt: Number(next.attempts) + 1,
        maxAttempts: Number(next.max_attempts),
      };
      const run: Promise<void> = runJobAttempt(store, registry, attempt, logger).then(() => {
        running.delete(run);
        void kick();
      });
      running.add(run);
    }
  };

  return {
    registry,
    async enqueue(type: string, payload: unknown, options: EnqueueOptions = {}) {
      const jobType = registry.get(type);
      if (!jobType) throw new Error(`Unknown job type "${type}": known are ${registry.names().join(', ')}`);
      jobType.parse(payload);
      const { id } = await insertJob(db, { type, payload, key: options.key, maxAttempts: (options.retries ?? 3) + 1 });
      void kick();
      return id;
    },
    get: (id) => getJob(db, id),
    list: (filter) => listJobs(db, filter),
    async work(options = {}) {
      concurrency = Math.max(1, options.concurrency ?? 1);
      // Jobs left running by a process that stopped are taken up again.
      await sql`update jobs set state = 'retrying' where state = 'running'`.execute(db);
      timer = setInterval(() => void kick(), POLL_MS);
      timer.unref();
      await kick();
    },
    async check() {
      await db.selectFrom('jobs').select('id').limit(1).execute();
    },
    async close() {
      closed = true;
      if (timer) clearInterval(timer);
      await Promise.all(running);
    },
  };
}
