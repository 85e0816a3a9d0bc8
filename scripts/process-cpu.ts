/**
 * @module process-cpu
 * CPU seconds a process and its descendants (a server's cluster workers) have used, from
 * /proc: on a machine shared with other work, CPU per answer compares runs where latency cannot.
 * Linux only; undefined elsewhere.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
const TICKS = 100;

/** User + system seconds of `root` and every process below it, or undefined without /proc. */
export function treeCpuSeconds(root: number): number | undefined {
  let stats: { pid: number; ppid: number; ticks: number }[];
  try {
    stats = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .flatMap((name) => {
        try {
          // Fields after the command name (which may hold spaces): state ppid … utime(14) stime(15).
          const text = readFileSync(`/proc/${name}/stat`, 'utf8');
          const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
          return [{ pid: Number(name), ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) }];
        } catch {
          return [];
        }
      });
  } catch {
    return undefined;
  }
  const inTree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of stats)
      if (!inTree.has(s.pid) && inTree.has(s.ppid)) {
        inTree.add(s.pid);
        grew = true;
      }
  }
  const ticks = stats.filter((s) => inTree.has(s.pid)).reduce((sum, s) => sum + s.ticks, 0);
  return ticks / TICKS;
}
