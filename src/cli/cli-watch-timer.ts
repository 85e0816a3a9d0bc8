/**
 * @module cli-watch-timer
 * The monitored sources' scheduler for `concord serve` and `concord worker`, loaded lazily;
 * `CONCORD_WATCH=off` leaves it off (tests, or a deployment that polls from one process only).
 */
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Store } from '../store/store.ts';

/** Starts queueing polls of due sources; undefined when turned off. */
export async function startCliWatchTimer(store: Store, queue: JobQueue): Promise<{ stop(): void } | undefined> {
  const { startWatchTimer, watchDisabled } = await import('../watch/watch-timer.ts');
  return watchDisabled() ? undefined : startWatchTimer({ store, queue });
}
