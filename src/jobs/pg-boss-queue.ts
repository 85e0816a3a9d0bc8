/**
 * @module pg-boss-queue
 * The job queue on PostgreSQL, through pg-boss: jobs wait in the database, any number of
 * `concord worker` processes (on any machines using the same database) take them with SKIP
 * LOCKED, and pg-boss retries a failed one with exponential back-off. The store's `jobs`
 * table is written first (so a worker always finds the row) and kept in step by the workers.
 */
import PgBoss from 'pg-boss';
import type { KyselyStore } from '../store/kysely-store.ts';
import type { ConcordStore } from '../store/store-extensions.ts';
import type { EnqueueOptions, JobQueue } from './job-queue.ts';
import type { JobRegistry } from './job-types.ts';
import { getJob, insertJob, listJobs } from './jobs-table.ts';
import { runJobAttempt } from './run-job.ts';

/** Where pg-boss keeps its tables. */
export interface PgBossQueueOptions {
  readonly url: string;
  /** pg-boss's own schema (default `pgboss`); tests use one per store. */
  readonly schema?: string;
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
  const boss = new PgBoss({ connectionString: options.url, schema: options.schema ?? 'pgboss', max: 4 });
  const errors: Error[] = [];
  boss.on('error', (error) => errors.push(error));
  await boss.start();
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
              const outcome = await runJobAttempt(store, registry, {
                id: job.data.jobId,
                type: name,
                attempt: job.retryCount + 1,
                maxAttempts: job.retryLimit + 1,
              });
              // Thrown, the failure makes pg-boss schedule the retry (or give up after the last).
              if (!outcome.ok) throw outcome.error;
            },
          );
    },
    async close() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
