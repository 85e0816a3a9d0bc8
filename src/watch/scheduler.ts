/**
 * @module scheduler
 * Which watched sources are due: a pure function of the sources and the time, so every
 * process (a server, any number of workers) computes the same answer, and the poll job's key
 * (source and due time) keeps them from polling one source twice for one due time. A source
 * is due at once when added, then `intervalMinutes` after its last poll; after a failed poll
 * it is tried again sooner, after 1, 2, 4 … minutes (never later than its interval).
 */
import type { WatchedSource } from '../model/watched-source.ts';

type Schedulable = Pick<WatchedSource, 'id' | 'addedAt' | 'lastPolledAt' | 'failures' | 'intervalMinutes'>;

/** Minutes before retrying after `failures` failed polls in a row (1, 2, 4 … ; 0 failures: none). */
export function retryDelayMinutes(failures: number): number {
  return failures > 0 ? 2 ** Math.min(20, failures - 1) : 0;
}

/**
 * When the source is next due.
 * @example nextPollAt({ id: 'a', addedAt: '2026-01-01T00:00:00Z', lastPolledAt: null, failures: 0,
 *   intervalMinutes: 60 }) // the time it was added
 */
export function nextPollAt(source: Schedulable): Date {
  if (!source.lastPolledAt) return new Date(source.addedAt);
  const wait =
    source.failures > 0 ? Math.min(source.intervalMinutes, retryDelayMinutes(source.failures)) : source.intervalMinutes;
  return new Date(Date.parse(source.lastPolledAt) + wait * 60_000);
}

/**
 * The sources due at `now`, the longest overdue first (then by id, so the order is stable).
 * @example dueSources(sources, new Date()).map((s) => s.id)
 */
export function dueSources<S extends Schedulable>(sources: readonly S[], now: Date): S[] {
  return sources
    .map((source) => ({ source, due: nextPollAt(source).getTime() }))
    .filter((s) => s.due <= now.getTime())
    .sort((a, b) => a.due - b.due || (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0))
    .map((s) => s.source);
}
