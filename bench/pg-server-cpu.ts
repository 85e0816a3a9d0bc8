/**
 * @module pg-server-cpu
 * The CPU time the PostgreSQL backends of one application have used, read from /proc when the
 * server runs on this machine: the scale bench sets `application_name` on its store's
 * connections and reports the database's share of each search beside the client's.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { KyselyStore } from '../src/store/kysely-store.ts';

/** Clock ticks per second of /proc/<pid>/stat on Linux. */
const TICKS_PER_SECOND = 100;

/**
 * A reader of the milliseconds of CPU the named application's backends have run so far, or
 * undefined when their processes cannot be read (a server on another machine).
 * @example const cpu = await pgServerCpu(store, 'concord_bench_scale'); const ms = await cpu?.();
 */
export async function pgServerCpu(
  store: KyselyStore,
  applicationName: string,
): Promise<(() => Promise<number>) | undefined> {
  const pids = async () =>
    (
      await sql<{ pid: number }>`select pid from pg_stat_activity
        where application_name = ${applicationName} and datname = current_database()`.execute(store.db)
    ).rows.map((r) => r.pid);
  if (!(await pids()).every((pid) => cpuOf(pid) !== undefined)) return undefined;
  // A backend that ends between two readings keeps what it had run at the last one.
  const seen = new Map<number, number>();
  return async () => {
    for (const pid of await pids()) seen.set(pid, cpuOf(pid) ?? seen.get(pid) ?? 0);
    return [...seen.values()].reduce((a, b) => a + b, 0);
  };
}

/** Milliseconds of user and system time of one process, undefined when unreadable. */
function cpuOf(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}
