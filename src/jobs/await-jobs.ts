/**
 * @module await-jobs
 * Waits for jobs to end, for a command that queued them and reports their outcome (`concord
 * watch run`). Reads the `jobs` table, so it works whichever process runs the jobs.
 */
import type { JobQueue } from './job-queue.ts';
import type { JobView } from './job-types.ts';

/**
 * The jobs once each is completed or failed, in the order given; throws after `timeoutMs`.
 * @example const [job] = await awaitJobs(queue, [id]);
 */
export async function awaitJobs(
  queue: Pick<JobQueue, 'get'>,
  ids: readonly string[],
  options: { timeoutMs?: number; pollMs?: number } = {},
): Promise<JobView[]> {
  const deadline = Date.now() + (options.timeoutMs ?? 10 * 60_000);
  for (;;) {
    const jobs = await Promise.all(ids.map((id) => queue.get(id)));
    if (jobs.every((j) => !j || j.state === 'completed' || j.state === 'failed'))
      return jobs.filter((j): j is JobView => !!j);
    if (Date.now() > deadline)
      throw new Error(`Jobs still running after ${Math.round((options.timeoutMs ?? 600_000) / 1000)} s`);
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 200));
  }
}
