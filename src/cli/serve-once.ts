/**
 * @module serve-once
 * What a server does once however many processes serve its port: the first admin (its
 * one-time password printed once), the job runner (on SQLite the jobs run in this process) and
 * the monitored sources' timer. `concord serve` runs it in its only process, or in the primary
 * of several.
 */
import { ensureFirstAdmin } from '../accounts/first-admin.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Store } from '../store/store.ts';
import { startWorking } from './cli-jobs.ts';
import { startCliWatchTimer } from './cli-watch-timer.ts';

/** Starts the once-per-server duties; `stop()` ends the timer (the queue closes with the store). */
export async function startServerDuties(
  store: Store,
  jobs: JobQueue,
  options: { readonly worker: boolean; readonly out: (line: string) => void },
): Promise<{ stop(): void }> {
  // The first start makes an admin (a one-time password printed here once), so this just works.
  await ensureFirstAdmin(store, process.env, options.out);
  // On SQLite the server runs the jobs itself; with PostgreSQL, workers may run them too.
  if (options.worker) await startWorking(store, jobs);
  // Polls of due sources are queued here even without a worker: their keys keep them single.
  const watchTimer = await startCliWatchTimer(store, jobs);
  return { stop: () => watchTimer?.stop() };
}
