/**
 * @module pg-boss-queue
 * The job queue on PostgreSQL, through pg-boss: jobs wait in the database, any number of
 * `concord worker` processes (on any machines using the same database) take them with SKIP
 * LOCKED, and pg-boss retries a failed one with exponential back-off. The store's `jobs`
 * table is written first (so a worker always finds the row) and kept in step by the workers.
 * A worker stopped mid-job waits for it (up to 10 s), then gives it back: pg-boss fails it
 * into a retry and its row says so, so another worker takes it up — or, on its last attempt,
 * for good, and the row says `failed`. Rows a dead worker left behind are brought in step
 * with pg-boss whenever jobs are read (see boss-job-state.ts).
 */
import PgBoss from 'pg-boss';
import { silentLogger, type Logger } from '../log/logger.ts';
import type { KyselyStore } from '../store/kysely-store.ts';
import type { ConcordStore } from '../store/store-extensions.ts';
import type { EnqueueOptions, JobQueue } from './job-queue.ts';
import type { JobRegistry } from './job-types.ts';
import { reconcileWithBoss, type BossLookup } from './boss-job-state.ts';
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
  /** How long `close` waits for running jobs before giving them back (default 10 s, at least 1 s). */
  readonly stopTimeoutMs?: number;
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
  /** Attempts this process is running now, by job id. */
  const inFlight = new Map<string, { attempt: number; maxAttempts: number }>();
  const lookup: BossLookup = (name, id) => boss.getJobById(name, id, { includeArchive: true });
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
    async get(id) {
      await reconcileWithBoss(store.db, lookup, id);
      return getJob(store.db, id);
    },
    async list(filter) {
      await reconcileWithBoss(store.db, lookup);
      return listJobs(store.db, filter);
    },
    async work(workOptions = {}) {
      const concurrency = Math.max(1, workOptions.concurrency ?? 1);
      for (const name of registry.names())
        for (let i = 0; i < concurrency; i++)
          await boss.work<Envelope>(
            name,
            { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: 0.5 },
            async ([job]) => {
              const attempt = { attempt: job.retryCount + 1, maxAttempts: job.retryLimit + 1 };
              inFlight.set(job.data.jobId, attempt);
              try {
                const outcome = await runJobAttempt(
                  store,
                  registry,
                  { id: job.data.jobId, type: name, ...attempt },
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
      await boss.stop({ graceful: true, wait: true, timeout: options.stopTimeoutMs ?? 10_000 });
      // Still running after the wait: pg-boss has failed them, into a retry while attempts
      // remain (as it counts them: attempt < retryLimit + 1), else for good; the rows say which.
      for (const [id, { attempt, maxAttempts }] of inFlight) {
        const retry = attempt < maxAttempts;
        logger.warn('job released', { jobId: id, outcome: retry ? 'retrying' : 'failed' });
        await updateJob(store.db, id, {
          state: retry ? 'retrying' : 'failed',
          error: `The worker stopped before the job finished${retry ? '' : ', on its last attempt'}.`,
          ...(retry ? {} : { finished_at: new Date().toISOString() }),
        });
      }
      inFlight.clear();
    },
  };
}
