/**
 * @module watch-timer
 * The scheduler's clock in `concord serve` and `concord worker`: every minute (by default) it
 * queues a `poll-source` job for each due source. The job's key names the source and its due
 * time, so any number of processes ticking at once queue one poll. The timer is unref'd (it
 * never keeps a process alive) and stops with `stop()`; `CONCORD_WATCH=off` turns it off.
 */
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Store } from '../store/store.ts';
import { dueSources, nextPollAt } from './scheduler.ts';
import { POLL_SOURCE_JOB } from './watch-jobs.ts';

export interface WatchTimerOptions {
  readonly store: Store;
  readonly queue: Pick<JobQueue, 'enqueue'>;
  /** Between ticks, in ms (default 60 s). */
  readonly everyMs?: number;
  readonly now?: () => Date;
  /** Where a failed tick is reported (default console.error); the timer goes on. */
  readonly log?: (message: string) => void;
}

export interface WatchTimer {
  /** Queues the due polls now; returns the jobs' ids. */
  tick(): Promise<string[]>;
  stop(): void;
}

/** Whether the environment turns the scheduler off. */
export function watchDisabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(off|0|false|no)$/i.test(env.CONCORD_WATCH ?? '');
}

/**
 * Starts ticking (the first tick at once).
 * @example const timer = startWatchTimer({ store, queue }); … timer.stop();
 */
export function startWatchTimer(options: WatchTimerOptions): WatchTimer {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string) => console.error(message));
  const tick = async (): Promise<string[]> => {
    const due = dueSources(await options.store.watch.listSources(), now());
    const ids: string[] = [];
    for (const source of due) {
      const key = `${POLL_SOURCE_JOB}:${source.id}:${nextPollAt(source).toISOString()}`;
      ids.push(await options.queue.enqueue(POLL_SOURCE_JOB, { sourceId: source.id }, { key }));
    }
    return ids;
  };
  const safeTick = () =>
    void tick().catch((error) => log(`watch: scheduling polls failed: ${(error as Error).message}`));
  const timer = setInterval(safeTick, options.everyMs ?? 60_000);
  timer.unref();
  safeTick();
  return { tick, stop: () => clearInterval(timer) };
}
