/**
 * @module pg-boss-queue
 * The job queue on PostgreSQL, through pg-boss: jobs wait in the database, any number of
 * `concord worker` processes (on any machines using the same database) take them with SKIP
 * LOCKED, and pg-boss retries a failed one with exponential back-off. The store's `jobs`
 * table is written first (so a worker always finds the row) and kept in step by the workers.
 * A worker stopped mid-job waits for it (up to 10 s), then gives it back: pg-boss fails it
 * into a retry and its row says so, so another worker takes it up.
 */
import PgBoss from 'pg-boss';
import { silentLogger, type Logger } from '../log/logger.ts';
import type { KyselyStore } from '../store/kysely-store.ts';
import type { ConcordStore } from '../store/store-extensions.ts';
import type { EnqueueOptions, JobQueue } from './job-queue.ts';
import type { JobRegistry } from './job-types.ts';
import { getJob, insertJob, listJobs, updateJob } from './jobs-table.ts';
import { runJobAttempt } from './run-job.ts';

/** Where pg-boss keeps its tables. */
export interface PgBossQueueOptions {
  readonly url: string;
  /** pg-boss's own schema (default `pgboss`); tests use one per store. */
  readonly schema?: string;
  /** Install or upgrade pg-boss's tables at start (default true); off, a missing install is an error. */
  readonly migrate?: boolean;
  readonly logger?: Logger;
}

/** What a pg-boss job carries: only the id of the `jobs` row, which holds the payload. */
interface Envelope {
  readonly jobId: string;
}

/** A queue on pg-boss; `start` must resolve before use. */
export async function createPgBossQueue(
  store: KyselyStore & ConcordStore,
  registry: JobRegistry,
  options: PgBossQueueOptions,
): Promise<JobQueue> {
  const logger = options.logger ?? silentLogger;
  const boss = new PgBoss({
    connectionString: options.url,
    schema: options.schema ?? 'pgboss',
    max: 4,
    migrate: options.migrate ?? true,
  });
  boss.on('error', (error) => logger.error('queue error', { error }));
  await boss.start();
  /** Jobs this process is running now, by id. */
  const inFlight = new Set<string>();
  for (const name of registry.names()) if (!(await boss.getQueue(name))) await boss.createQueue(name);

  return {
    registry,
    async enqueue(type: string, payload: unknown, enqueueOptions: EnqueueOptions = {}) {
      const jobType = registry.get(type);
      if (!jobType) throw new Error(`Unknown job type "${type}": known are ${registry.names().join(', ')}`);
      jobType.parse(payload);
      const retries = enqueueOptions.retries ?? 3;
      const { id, existing } = await insertJob(store.db, {
        type,
        payload,
        key: enqueueOptions.key,
        maxAttempts: retries + 1,
      });
      if (!existing) {
        const envelope: Envelope = { jobId: id };
        await boss.send(type, envelope, { id, retryLimit: retries, retryDelay: 1, retryBackoff: true });
      }
      return id;
    },
    get: (id) => getJob(store.db, id),
    list: (filter) => listJobs(store.db, filter),
    async work(workOptions = {}) {
      const concurrency = Math.max(1, workOptions.concurrency ?? 1);
      for (const name of registry.names())
        for (let i = 0; i < concurrency; i++)
          await boss.work<Envelope>(
            name,
            { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: 0.5 },
            async ([job]) => {
              inFlight.add(job.data.jobId);
              try {
                const attempt = { id: job.data.jobId, type: name, attempt: job.retryCount + 1 };
                const outcome = await runJobAttempt(
                  store,
                  registry,
                  { ...attempt, maxAttempts: job.retryLimit + 1 },
                  logger,
                );
                // Thrown, the failure makes pg-boss schedule the retry (or give up after the last).
                if (!outcome.ok) throw outcome.error;
              } finally {
                inFlight.delete(job.data.jobId);
              }
            },
          );
    },
    async check() {
      if (!(await boss.isInstalled())) throw new Error('the pg-boss tables are missing: run `concord migrate`');
    },
    async close() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      // Still running after the wait: pg-boss has failed them into a retry; the rows say so.
      for (const id of inFlight) {
        logger.warn('job released', { jobId: id });
        await updateJob(store.db, id, { state: 'retrying', error: 'The worker stopped before the job finished.' });
      }
    },
  };
}
