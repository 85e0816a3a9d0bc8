/**
 * @module job-queue
 * The one job queue interface. On PostgreSQL it is pg-boss (`pg-boss-queue.ts`): any number of
 * `concord worker` processes on any machines take jobs from the database; on SQLite the same
 * interface runs jobs in the process that queued them (`in-process-queue.ts`). Either way every
 * job has a row in the store's `jobs` table (migration 021), which is what users see.
 */
import type { JobRegistry, JobState, JobView } from './job-types.ts';

/** How a job is queued. */
export interface EnqueueOptions {
  /**
   * Idempotency key: while a job with this key is queued, running, retrying or completed,
   * enqueueing again returns that job instead of adding one.
   */
  readonly key?: string;
  /** Retries after the first failure (default 3), with exponential back-off. */
  readonly retries?: number;
}

export interface JobQueue {
  /** Queues a job of a registered type; the payload is checked first. Returns the job's id. */
  enqueue(type: string, payload: unknown, options?: EnqueueOptions): Promise<string>;
  get(id: string): Promise<JobView | undefined>;
  /** Newest first. */
  list(filter?: { state?: JobState; limit?: number }): Promise<JobView[]>;
  /** Starts taking jobs of every registered type; resolves once it is taking them. */
  work(options?: { concurrency?: number }): Promise<void>;
  /** Stops taking jobs, waits for running ones, releases connections. */
  close(): Promise<void>;
  /** Resolves when the queue's storage answers; throws with the reason otherwise (`/readyz`). */
  check(): Promise<void>;
  readonly registry: JobRegistry;
}

/** Seconds before retry `n` (1-based): 1, 2, 4, 8 … capped at a minute. */
export function backoffSeconds(retry: number): number {
  return Math.min(60, 2 ** Math.max(0, retry - 1));
}
