/**
 * @module search-bench
 * Benchmark section: full-text search latency over queries drawn from the corpus vocabulary.
 */
import type { Store } from '../src/store/store.ts';
import { percentile, type BenchSection } from './bench-report.ts';
import { seededRandom } from './make-corpus.ts';

/**
 * Queries: frequent content words alone and in pairs, picked with a seed.
 * @example searchQueries(texts, 300, 7).length === 300
 */
export function searchQueries(texts: readonly string[], count: number, seed: number): string[] {
  const freq = new Map<string, number>();
  for (const text of texts)
    for (const w of text.toLowerCase().match(/\p{L}{5,}/gu) ?? []) freq.set(w, (freq.get(w) ?? 0) + 1);
  // Words seen a few times: common enough to hit, not so common that every query hits everything.
  const vocabulary = [...freq]
    .filter(([, n]) => n >= 3)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 2000)
    .map(([w]) => w);
  if (!vocabulary.length) return [];
  const random = seededRandom(seed);
  const pick = () => vocabulary[Math.floor(random() * vocabulary.length)];
  return Array.from({ length: count }, (_, i) => (i % 3 === 2 ? `${pick()} ${pick()}` : pick()));
}

/**
 * Runs each query once (after a short warm-up) and reports latency percentiles, and the CPU
 * time per query: this process's, plus the database server's when `serverCpu` reads it (the
 * milliseconds its processes have run so far). On a loaded machine a query waits for a core
 * longer than it runs, so the CPU time is the figure that does not depend on the load.
 */
export async function benchSearch(
  store: Store,
  queries: readonly string[],
  limit = 20,
  serverCpu?: () => Promise<number>,
): Promise<BenchSection> {
  for (const query of queries.slice(0, 10)) await store.search({ query, limit });
  const cpuBefore = process.cpuUsage();
  const serverBefore = await serverCpu?.();
  const times: number[] = [];
  let hits = 0,
    empty = 0;
  for (const query of queries) {
    const started = performance.now();
    const page = await store.search({ query, limit });
    times.push(performance.now() - started);
    hits += page.items.length;
    if (!page.items.length) empty++;
  }
  const own = process.cpuUsage(cpuBefore);
  const server = serverCpu && serverBefore !== undefined ? (await serverCpu()) - serverBefore : 0;
  const cpuMs = ((own.user + own.system) / 1000 + server) / Math.max(1, queries.length);
  times.sort((a, b) => a - b);
  const ms = (x: number) => `${x.toFixed(2)} ms`;
  return {
    title: `search (limit ${limit})`,
    rows: [
      {
        metric: 'queries',
        value: `${queries.length} (${empty} without hits, ${(hits / Math.max(1, queries.length)).toFixed(1)} each)`,
      },
      { metric: 'p50', value: ms(percentile(times, 0.5)) },
      { metric: 'p95', value: ms(percentile(times, 0.95)) },
      { metric: 'p99', value: ms(percentile(times, 0.99)) },
      { metric: 'max', value: ms(times[times.length - 1] ?? NaN) },
      { metric: 'cpu', value: `${ms(cpuMs)} per query (${serverCpu ? 'client and database server' : 'in process'})` },
    ],
  };
}
