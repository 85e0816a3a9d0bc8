/**
 * @module job-views
 * Jobs as both front ends read them: the server's queue, or a clear 503 when this server runs
 * without one.
 */
import { z } from 'zod';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { JobView } from '../jobs/job-types.ts';
import { ProblemError } from './problem.ts';

/** `GET /api/jobs` and `/jobs` query. */
export const jobsQuerySchema = z.object({
  state: z
    .enum(['queued', 'running', 'retrying', 'completed', 'failed'])
    .optional()
    .describe('Only jobs in this state.'),
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('At most this many, newest first.'),
});

/** The queue, or the problem that there is none. */
export function requireQueue(jobs: JobQueue | undefined): JobQueue {
  if (!jobs) throw new ProblemError(503, 'jobs-unavailable', 'This server runs without a job queue.');
  return jobs;
}

/** One job or a 404 problem. */
export async function findJob(jobs: JobQueue | undefined, id: string): Promise<JobView> {
  const job = await requireQueue(jobs).get(id);
  if (!job) throw new ProblemError(404, 'job-not-found', `No job with id "${id}".`);
  return job;
}
