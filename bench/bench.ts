/**
 * @module bench
 * `npm run bench`: ingest throughput into a fresh temporary SQLite store, search latency and
 * peak memory, over a synthetic corpus made from ../shared/corpus. Each section is a function
 * in its own bench/ file; add a section by appending its result to `sections`.
 *
 * Then the store's write rate alone on SQLite and PostgreSQL (one by one, in batches, and the
 * plain bulk-insert floor beside them: bench/store-write-bench.ts).
 *
 * Then the full analysis (all steps) against compromise's sentence and entity pass on ≥ 5 MB,
 * per document and as one joined document (bench/analysis-bench.ts).
 *
 * Usage: npm run bench -- [--docs N] [--keep] [--seed S] [--mb M] [--no-analysis]
 *   [--store-docs N] [--store-batch B] [--pg URL | --no-pg]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAnalyser } from '../src/analyse/analyser.ts';
import { openStore } from '../src/store/open-store.ts';
import { formatReport, mib, type BenchSection } from './bench-report.ts';
import { benchIngest } from './ingest-bench.ts';
import { formatAnalysisBench, runAnalysisBench } from './analysis-bench.ts';
import { makeCorpus, readBaseTexts } from './make-corpus.ts';
import { startMemorySampler } from './memory-sampler.ts';
import { benchSearch, searchQueries } from './search-bench.ts';
import { benchStoreWrites } from './store-write-bench.ts';
import { analyseBases } from './synthetic-records.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '42' },
    keep: { type: 'boolean', default: false },
    mb: { type: 'string', default: '5' },
    'no-analysis': { type: 'boolean', default: false },
    'store-docs': { type: 'string', default: '5000' },
    'store-batch': { type: 'string', default: '200' },
    pg: { type: 'string', default: process.env.CONCORD_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test' },
    'no-pg': { type: 'boolean', default: false },
    corpus: { type: 'string', default: resolve(repoRoot, '../shared/corpus') },
  },
});
const docs = Number(args.docs);
const seed = Number(args.seed);
if (!Number.isInteger(docs) || docs < 1)
  throw new Error(`--docs must be a whole number of at least 1, got "${args.docs}"`);

const bases = readBaseTexts(args.corpus!);
const dir = mkdtempSync(join(tmpdir(), 'concord-bench-'));
const dbPath = join(dir, 'bench.db');
const memory = startMemorySampler();
const sections: BenchSection[] = [];
const store = await openStore({ sqlitePath: dbPath });
try {
  await store.migrate();
  const analyser = createAnalyser();
  const ingestResult = await benchIngest(store, makeCorpus(bases, docs, seed), analyser, (done) => {
    memory.sample();
    if (done % 1000 === 0 && process.stderr.isTTY) process.stderr.write(`  ${done}/${docs}\r`);
  });
  sections.push(ingestResult.section);
  sections.push(
    await benchSearch(
      store,
      searchQueries(
        bases.map((b) => b.text),
        300,
        seed,
      ),
    ),
  );
} finally {
  await store.close();
}
const peaks = memory.stop();
sections.push({
  title: 'memory and storage',
  rows: [
    { metric: 'peak RSS', value: mib(peaks.rss) },
    { metric: 'peak heap used', value: mib(peaks.heapUsed) },
    { metric: 'database size', value: mib(fileSize(dbPath)) },
  ],
});
console.log(
  `\nConcord benchmark: ${docs} documents from ${bases.length} base texts (seed ${seed}), Node ${process.version}\n`,
);
console.log(formatReport(sections));
if (args.keep) console.log(`\ndatabase kept at ${dbPath}`);

const storeSection = await benchStoreWrites({
  bases: await analyseBases(bases, createAnalyser()),
  docs: Number(args['store-docs']),
  batchSize: Number(args['store-batch']),
  dir,
  postgresUrl: args['no-pg'] ? undefined : args.pg,
});
console.log(`\n${formatReport([storeSection])}`);
if (!args.keep) rmSync(dir, { recursive: true, force: true });

if (!args['no-analysis']) {
  // Each run is a child process, so peak memory is attributable to one system.
  console.log(
    '\n== analysis: Concord (read tree + all steps; sources through tsx, and bundled as dist/) ' +
      'vs compromise (sentences + people/places/organizations), ' +
      `${args.mb} MB`,
  );
  console.log(formatAnalysisBench(await runAnalysisBench({ megabytes: Number(args.mb) })));
}

/** Size of the database with its write-ahead log, 0 where absent. */
function fileSize(path: string): number {
  let total = 0;
  for (const p of [path, `${path}-wal`])
    try {
      total += statSync(p).size;
    } catch {
      /* absent */
    }
  return total;
}
