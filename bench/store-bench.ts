/**
 * @module store-bench
 * `npm run bench:store`: the store's write rate alone on SQLite and PostgreSQL, beside the
 * bulk-insert floor (bench/store-write-bench.ts). The bases are the corpus texts, analysed once.
 *
 * Usage: npm run bench:store -- [--docs N] [--batch B] [--pg URL | --no-pg] [--no-sqlite]
 *   env CONCORD_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/test)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAnalyser } from '../src/analyse/analyser.ts';
import { formatReport } from './bench-report.ts';
import { readBaseTexts } from './make-corpus.ts';
import { benchStoreWrites } from './store-write-bench.ts';
import { analyseBases } from './synthetic-records.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '2000' },
    batch: { type: 'string', default: '200' },
    pg: { type: 'string', default: process.env.CONCORD_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test' },
    'no-pg': { type: 'boolean', default: false },
    'no-sqlite': { type: 'boolean', default: false },
    corpus: { type: 'string', default: resolve(repoRoot, '../shared/corpus') },
  },
});
const docs = Number(args.docs);
const batchSize = Number(args.batch);
if (!Number.isInteger(docs) || docs < 1 || !Number.isInteger(batchSize) || batchSize < 1)
  throw new Error(`--docs and --batch must be whole numbers of at least 1, got "${args.docs}", "${args.batch}"`);

const bases = await analyseBases(readBaseTexts(args.corpus!), createAnalyser());
const dir = mkdtempSync(join(tmpdir(), 'concord-store-bench-'));
try {
  const section = await benchStoreWrites({
    bases,
    docs,
    batchSize,
    dir,
    postgresUrl: args['no-pg'] ? undefined : args.pg,
    sqlite: !args['no-sqlite'],
  });
  console.log(
    `\nConcord store writes: ${docs} variants of ${bases.length} analysed corpus texts, Node ${process.version}\n`,
  );
  console.log(formatReport([section]));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
