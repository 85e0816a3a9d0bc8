/**
 * @module cli-jobs
 * The job queue for the store the CLI opened (same `--db` / DATABASE_URL rules), opened lazily
 * so commands without jobs never load pg-boss.
 */
import type { JobQueue } from '../jobs/job-queue.ts';
import type { OpenJobQueueOptions } from '../jobs/open-job-queue.ts';
import type { KyselyStore } from '../store/kysely-store.ts';
import type { ConcordStore } from '../store/store-extensions.ts';
import type { Store } from '../store/store.ts';
import { resolveStoreTarget, type GlobalOptions } from './cli-store.ts';
import { CliError } from './cli-error.ts';

/** Opens the queue beside `store`. */
export async function openCliJobQueue(
  store: Store,
  options: GlobalOptions,
  env: NodeJS.ProcessEnv = process.env,
  queueOptions: OpenJobQueueOptions = {},
): Promise<JobQueue> {
  const { openJobQueue } = await import('../jobs/open-job-queue.ts');
  const { resolveStoreTarget: targetOf } = await import('../store/open-store.ts');
  const target = targetOf(resolveStoreTarget(options, env), env);
  try {
    return await openJobQueue(store as KyselyStore & ConcordStore, target, [], queueOptions);
  } catch (error) {
    throw new CliError(`Cannot open the job queue: ${(error as Error).message}`);
  }
}

/**
 * Starts taking jobs and queues the re-analysis of documents whose steps changed version since
 * they were analysed (once: the job is keyed by the pipeline's versions).
 */
export async function startWorking(store: Store, queue: JobQueue, concurrency = 1): Promise<string | undefined> {
  await queue.work({ concurrency });
  const { currentStepVersions } = await import('../jobs/open-job-queue.ts');
  const { scheduleStaleReanalysis } = await import('../jobs/stale-analyses.ts');
  return scheduleStaleReanalysis(store as KyselyStore, queue, await currentStepVersions());
}
