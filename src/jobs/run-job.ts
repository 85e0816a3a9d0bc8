/**
 * @module run-job
 * Runs one attempt of a job and records it in the `jobs` table: running with the attempt
 * number, then completed with the result, or — with the failure's reason — retrying when
 * attempts remain, failed when none do; and logs one line per attempt (type, id, attempt,
 * duration, outcome — never the payload). Used by both queues.
 */
import { silentLogger, type Logger } from '../log/logger.ts';
import type { KyselyStore } from '../store/kysely-store.ts';
import type { ConcordStore } from '../store/store-extensions.ts';
import { backoffSeconds } from './job-queue.ts';
import type { JobRegistry } from './job-types.ts';
import { jobPayload, updateJob } from './jobs-table.ts';

/** The attempt to run: which job, which attempt (1-based) and how many are allowed. */
export interface Attempt {
  readonly id: string;
  readonly type: string;
  readonly attempt: number;
  readonly maxAttempts: number;
}

/** Runs the attempt; returns whether it succeeded (a failure is recorded, never thrown). */
export async function runJobAttempt(
  store: KyselyStore & ConcordStore,
  registry: JobRegistry,
  attempt: Attempt,
  logger: Logger = silentLogger,
): Promise<{ ok: true } | { ok: false; error: Error }> {
  const { db } = store;
  const started = performance.now();
  const log = (outcome: 'completed' | 'retrying' | 'failed', error?: Error) =>
    logger[outcome === 'completed' ? 'info' : outcome === 'retrying' ? 'warn' : 'error']('job', {
      type: attempt.type,
      jobId: attempt.id,
      attempt: attempt.attempt,
      durationMs: Math.round(performance.now() - started),
      outcome,
      ...(error ? { error: error.message } : {}),
    });
  const now = () => new Date().toISOString();
  await updateJob(db, attempt.id, { state: 'running', attempts: attempt.attempt, started_at: now(), error: null });
  try {
    const type = registry.get(attempt.type);
    if (!type) throw new Error(`No job type "${attempt.type}" is registered in this process`);
    const payload = type.parse(await jobPayload(db, attempt.id));
    let lastWrite = 0;
    const result = await type.run(payload, {
      jobId: attempt.id,
      store,
      async progress(done, total) {
        // At most a few writes a second: a batch of thousands reports per item.
        const t = Date.now();
        if (done < total && t - lastWrite < 250) return;
        lastWrite = t;
        await updateJob(db, attempt.id, { progress_done: done, progress_total: total });
      },
    });
    await updateJob(db, attempt.id, { state: 'completed', finished_at: now(), result });
    log('completed');
    return { ok: true };
  } catch (cause) {
    const error = cause instanceof Error ? cause : new Error(String(cause));
    const retry = attempt.attempt < attempt.maxAttempts;
    await updateJob(db, attempt.id, {
      state: retry ? 'retrying' : 'failed',
      error: error.message,
      run_after: new Date(Date.now() + backoffSeconds(attempt.attempt) * 1000).toISOString(),
      ...(retry ? {} : { finished_at: now() }),
    });
    log(retry ? 'retrying' : 'failed', error);
    return { ok: false, error };
  }
}
