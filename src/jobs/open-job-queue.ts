/**
 * @module open-job-queue
 * The queue for a store: pg-boss when the store is on PostgreSQL, in-process on SQLite, with
 * Concord's job types registered (and any a feature adds through `extraTypes`).
 */
import type { Logger } from '../log/logger.ts';
import type { KyselyStore } from '../store/kysely-store.ts';
import type { StoreTarget } from '../store/open-store.ts';
import type { ConcordStore } from '../store/store-extensions.ts';
import { checkClaimsJob } from './check-claims-job.ts';
import { ingestJob } from './ingest-job.ts';
import { createInProcessQueue } from './in-process-queue.ts';
import type { JobQueue } from './job-queue.ts';
import { createJobRegistry, type JobType } from './job-types.ts';
import { reanalyseJob } from './reanalyse-job.ts';
import type { FetchUrlOptions } from '../ingest/fetch-url.ts';
import { watchJobTypes } from '../watch/watch-jobs.ts';

/** Job types other features register (claim checking, evidence linking …), added at start. */
const registeredElsewhere: JobType[] = [];

/** Adds a job type every queue opened afterwards runs. @example registerJobType(checkClaimsJob) */
export function registerJobType<P>(type: JobType<P>): void {
  registeredElsewhere.push(type as JobType);
}

/** How a queue is opened. */
export interface OpenJobQueueOptions {
  /** Where job lines are logged (default nowhere). */
  readonly logger?: Logger;
  /** Install or upgrade the queue's own tables (pg-boss) at open; default true. */
  readonly migrate?: boolean;
  /** Limits of the watch jobs' fetches (tests: `allowLoopback`). */
  readonly urlFetch?: FetchUrlOptions;
}

/**
 * Opens the queue for `store`, which lives at `target`.
 * @example const queue = await openJobQueue(store, { kind: 'sqlite', path: ':memory:' });
 */
export async function openJobQueue(
  store: KyselyStore & ConcordStore,
  target: StoreTarget,
  extraTypes: readonly JobType[] = [],
  { logger, migrate, urlFetch }: OpenJobQueueOptions = {},
): Promise<JobQueue> {
  const registry = createJobRegistry();
  // The watch jobs queue jobs of their own: bound to the queue once it exists.
  let queue: JobQueue | undefined;
  const watchTypes = watchJobTypes({ enqueue: (...args) => queue!.enqueue(...args), urlFetch });
  for (const type of [ingestJob, reanalyseJob, checkClaimsJob, ...watchTypes, ...registeredElsewhere, ...extraTypes])
    registry.register(type);
  // pg-boss (and pg, luxon, cron-parser) loads only for a PostgreSQL store.
  queue =
    target.kind === 'sqlite'
      ? createInProcessQueue(store, registry, logger)
      : await (await import('./pg-boss-queue.ts')).createPgBossQueue(store, registry, {
          url: target.url,
          schema: target.schema ? `${target.schema}_boss` : 'pgboss',
          ...(migrate === undefined ? {} : { migrate }),
          ...(logger ? { logger } : {}),
        });
  return queue;
}

/**
 * The versions of the pipeline's steps now, as analysis runs record them. The pipeline's code is
 * imported here, not with the queue: a server process opens the queue before its first page.
 */
export async function currentStepVersions(): Promise<Record<string, string>> {
  const { DEFAULT_STEPS } = await import('../analyse/default-pipeline.ts');
  return Object.fromEntries(DEFAULT_STEPS.map((step) => [step.name, step.version]));
}
