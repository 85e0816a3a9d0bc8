/**
 * @module queue-bench
 * The review queue's listing on a large store: the time of `listQueue` (what `GET /api/queue`
 * answers) for its first page, a kind filter, a later page and a document filter, each asked
 * `--repeat` times; the first call may (re)build what later calls reuse, so it is shown apart.
 * Then one document is analysed again: a page request right after (answered from the queue as
 * it was while it is brought up to date), and the wait for that; then the tracker's day moves
 * on by one. For each (re)build, the longest the thread was held at once (the event loop's
 * largest delay: what another request waits at worst meanwhile).
 *
 * Usage: node --import tsx bench/queue-bench.ts --db PATH|postgres://… [--repeat 5]
 * (a store of 20,000 documents: the one `npm run load` builds in $TMPDIR/concord-load)
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createAnalyser } from '../src/analyse/analyser.ts';
import { refreshQueueIndex } from '../src/services/queue-index.ts';
import { listQueue } from '../src/services/review-queue.ts';
import { openStore } from '../src/store/open-store.ts';
import { latestDate } from '../src/track/commitment-records.ts';

const { values: args } = parseArgs({
  options: { db: { type: 'string' }, repeat: { type: 'string', default: '5' } },
});
if (!args.db) throw new Error('--db PATH (or a postgres:// URL) is required');
const repeat = Number(args.repeat);
const store = await openStore(args.db.startsWith('postgres') ? { databaseUrl: args.db } : { sqlitePath: args.db });
const documents = await store.listDocuments({ limit: 1 });

/** The time of `run` and the longest the thread was held meanwhile (ms). */
async function timed(run: () => Promise<unknown>): Promise<string> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  // A probe that asks for a turn every millisecond: the largest gap between its turns.
  let last = performance.now();
  let gap = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
  }, 1);
  const t = performance.now();
  await run();
  const ms = performance.now() - t;
  gap = Math.max(gap, performance.now() - last);
  clearInterval(probe);
  delay.disable();
  const held = Math.max(gap, delay.max / 1e6);
  return `${ms.toFixed(0)} | longest hold ${held.toFixed(0)} ms`;
}

console.log(`listQueue on ${args.db} (${repeat} calls each; ms)`);
console.log(`first build | ${await timed(() => listQueue(store, { limit: 50 }))}`);
const queries: Record<string, Parameters<typeof listQueue>[1]> = {
  'first page': { limit: 50 },
  'statement kinds': { kind: 'statement-kind', limit: 50 },
  'page 100': { limit: 50, offset: 5000 },
  'one document': { document: documents.items[0]?.id, limit: 50 },
};
console.log('query | first call | median of the rest | total items');
for (const [name, query] of Object.entries(queries)) {
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < repeat; i++) {
    const t = performance.now();
    total = (await listQueue(store, query)).total;
    times.push(performance.now() - t);
  }
  const rest = times.slice(1).sort((a, b) => a - b);
  const median = rest.length ? rest[Math.floor(rest.length / 2)] : Number.NaN;
  console.log(`${name} | ${times[0].toFixed(0)} | ${median.toFixed(0)} | ${total}`);
}
// A change: one document analysed again. A page request then answers from the queue as it was
// (it does not wait) while the rebuild runs after it; a second call waits for that rebuild.
const id = documents.items[0]?.id;
const stored = id ? await store.getDocument(id) : undefined;
if (stored) {
  await store.putAnalysis(stored.id, createAnalyser().analyse(stored.document, stored.tree));
  const t = performance.now();
  const page = await listQueue(store, { limit: 50 }, { wait: false });
  console.log(`after a change, page request | ${(performance.now() - t).toFixed(0)} | stale: ${page.stale ?? false}`);
  console.log(`after a change, waiting for the rebuild | ${await timed(() => listQueue(store, { limit: 50 }))}`);
}
// The tracker's day moves on (a later document would move it): deadlines rank anew.
const day = new Date(Date.parse(`${await latestDate(store)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
console.log(`a day later (${day}) | ${await timed(() => refreshQueueIndex(store, day))}`);
await store.close();
