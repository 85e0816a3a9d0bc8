/**
 * @module open-job-queue
 * The queue for a store: pg-boss when the store is on PostgreSQL, in-process on SQLite, with
 * Concord's job types registered (and any a feature adds through `extraTypes`).
 */
import { DEFAULT_STEPS } from '../analyse/default-pipeline.ts';
import type { KyselyStore } from '../store/kysely-store.ts';
import type { StoreTarget } from '../store/open-store.ts';
import type { ConcordStore } from '../store/store-extensions.ts';
import { checkClaimsJob } from './check-claims-job.ts';
import { ingestJob } from './ingest-job.ts';
import { createInProcessQueue } from './in-process-queue.ts';
import type { JobQueue } from './job-queue.ts';
import { createJobRegistry, type JobType } from './job-types.ts';
import { createPgBossQueue } from './pg-boss-queue.ts';
import { reanalyseJob } from './reanalyse-job.ts';
import type { FetchUrlOptions } from '../ingest/fetch-url.ts';
import { watchJobTypes } from '../watch/watch-jobs.ts';

/** Job types other features register (claim checking, evidence linking …), added at start. */
const registeredElsewhere: JobType[] = [];

/** Adds a job type every queue opened afterwards runs. @example registerJobType(checkClaimsJob) */
export function registerJobType<P>(type: JobType<P>): void {
  registeredElsewhere.push(type as JobType);
}

/**
 * Opens the queue for `store`, which lives at `target`.
 * @example const queue = await openJobQueue(store, { kind: 'sqlite', path: ':memory:' });
 */
export async function openJobQueue(
  store: KyselyStore & ConcordStore,
  target: StoreTarget,
  extraTypes: readonly JobType[] = [],
  options: { readonly urlFetch?: FetchUrlOptions } = {},
): Promise<JobQueue> {
  const registry = createJobRegistry();
  // The watch jobs queue jobs of their own: bound to the queue once it exists.
  let queue: JobQueue | undefined;
  const watchTypes = watchJobTypes({ enqueue: (...args) => queue!.enqueue(...args), urlFetch: options.urlFetch });
  for (const type of [ingestJob, reanalyseJob, checkClaimsJob, ...watchTypes, ...registeredElsewhere, ...extraTypes])
    registry.register(type);
  queue =
    target.kind === 'sqlite'
      ? createInProcessQueue(store, registry)
      : await createPgBossQueue(store, registry, {
          url: target.url,
          schema: target.schema ? `${target.schema}_boss` : 'pgboss',
        });
  return queue;
}

/** The versions of the pipeline's steps now, as analysis runs record them. */
export function currentStepVersions(): Record<string, string> {
  return Object.fromEntries(DEFAULT_STEPS.map((step) => [step.name, step.version]));
}
