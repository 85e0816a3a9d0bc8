/**
 * @module search-scale-bench
 * `npm run bench:scale`: how search cost grows with the corpus. One store per database is
 * grown through the bulk write path (`putDocuments`, batches of 500) to each size in turn —
 * variants of the corpus texts, analysed once (bench/synthetic-records.ts) — and at each size
 * the bench prints the time to build it, its size on disk, search latency (p50/p95/p99 of
 * corpus-vocabulary queries, one client) and the time to ingest one new document through the
 * full pipeline (read, structure, analyse, claims, store), then the tracking stage on it (linking
 * one new document) and its claims checked again (the cost per claim). A last table shows how
 * each cost grows with the corpus. `--million` adds a 1,000,000-document step on PostgreSQL
 * alone. PostgreSQL sizes from `--bulk-from` on (default 1,000,000) are grown by copying the
 * stored documents inside the database (bench/pg-multiply.ts: every table's rows, secondary
 * indexes rebuilt after), since the write path would take hours on this machine.
 * `--sqlite-file` / `--pg-schema` keep the store afterwards and grow one kept before, so a
 * search can be measured again without building it again.
 *
 * Usage: npm run bench:scale -- [--sizes 1000,10000,100000] [--million] [--bulk-from N] [--queries 200]
 *        [--pg URL | --no-pg] [--no-sqlite] [--sqlite-file PATH] [--pg-schema NAME]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { createAnalyser } from '../src/analyse/analyser.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { createClaimsStage } from '../src/link/claims/claims-stage.ts';
import { linkDocument } from '../src/track/link-document.ts';
import type { KyselyStore } from '../src/store/kysely-store.ts';
import { createPostgresStore } from '../src/store/postgres/postgres-store.ts';
import { createSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { formatReport, mib, type BenchRow } from './bench-report.ts';
import { readBaseTexts, varyText, seededRandom } from './make-corpus.ts';
import { benchSearch, searchQueries } from './search-bench.ts';
import { multiplyStore } from './pg-multiply.ts';
import { pgServerCpu } from './pg-server-cpu.ts';
import { analyseBases, batches, syntheticRecords } from './synthetic-records.ts';

/** The `application_name` of the bench's PostgreSQL connections. */
const SCALE_BENCH_APPLICATION = 'concord_bench_scale';
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    queries: { type: 'string', default: '200' },
    pg: { type: 'string', default: process.env.CONCORD_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test' },
    'no-pg': { type: 'boolean', default: false },
    'no-sqlite': { type: 'boolean', default: false },
    million: { type: 'boolean', default: false },
    'bulk-from': { type: 'string', default: '1000000' },
    'sqlite-file': { type: 'string' },
    'pg-schema': { type: 'string' },
    corpus: { type: 'string', default: resolve(repoRoot, '../shared/corpus') },
  },
});
const sizes = args.sizes!.split(',').map(Number);
const bulkFrom = Number(args['bulk-from']);
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--sizes must be whole numbers, got ${args.sizes}`);

const texts = readBaseTexts(args.corpus!);
const analyser = createAnalyser();
const bases = await analyseBases(texts, analyser);
const queries = searchQueries(
  texts.map((t) => t.text),
  Number(args.queries),
  7,
);
const dir = mkdtempSync(join(tmpdir(), 'concord-scale-'));
const rows: { title: string; rows: BenchRow[] }[] = [];
/** What each step measured, for the growth table. */
const growth: { name: string; size: number; p50: number; p95: number; cpu: number; link: number; claim: number }[] = [];

try {
  if (!args['no-sqlite']) {
    const path = args['sqlite-file'] ?? join(dir, 'scale.db');
    const store = createSqliteStore(path);
    // The write-ahead log folded into the file first, so the size is the database's.
    const size = async () => {
      await sql`pragma wal_checkpoint(truncate)`.execute(store.db);
      return fileSize(path);
    };
    rows.push(...(await grow('sqlite', store, size, sizes)));
  }
  if (!args['no-pg']) {
    const schema = args['pg-schema'] ?? `concord_bench_scale_${randomBytes(4).toString('hex')}`;
    // Named, so that the bench can read its connections' share of the server's CPU.
    const url = new URL(args.pg!);
    url.searchParams.set('application_name', SCALE_BENCH_APPLICATION);
    const store = createPostgresStore({ url: url.toString(), schema, max: 2 });
    try {
      const steps = args.million ? [...sizes.filter((n) => n < 1_000_000), 1_000_000] : sizes;
      const bulk = (target: number) => multiplyStore(args.pg!, schema, target, (n) => progress('postgres', n, target));
      rows.push(...(await grow('postgres', store, () => schemaSize(store, schema), steps, bulk)));
    } finally {
      if (!args['pg-schema']) {
        const cleanup = createPostgresStore({ url: args.pg!, max: 1 });
        await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(cleanup.db);
        await cleanup.close();
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
function progress(name: string, n: number, target: number): void {
  if (process.stderr.isTTY) process.stderr.write(`  ${name}: ${n}/${target}\r`);
}
console.log(`\nConcord search at scale: variants of ${bases.length} analysed corpus texts, Node ${process.version}\n`);
console.log(formatReport(rows));
console.log(growthTable());

/** Grows the store size by size; one section per size. Closes the store. */
async function grow(
  name: string,
  store: KyselyStore,
  size: () => Promise<number>,
  sizes: readonly number[],
  bulk?: (target: number) => Promise<number>,
) {
  const sections: { title: string; rows: BenchRow[] }[] = [];
  await store.migrate();
  // A kept store grows from what it holds (each size's new document included).
  let stored = (await store.listDocuments({ limit: 1 })).total;
  let buildSeconds = 0;
  const how: string[] = [];
  try {
    for (const target of sizes) {
      if (stored >= target) {
        console.error(`  ${name}: already holds ${stored} documents, not grown for ${target}`);
      } else if (bulk && target >= bulkFrom) {
        buildSeconds += await bulk(target);
        stored = target;
        how.push(`copied in the database to ${target.toLocaleString('en')}`);
      } else {
        const started = performance.now();
        for (const batch of batches(syntheticRecords(bases, target - stored, stored), 500)) {
          await store.putDocuments(batch);
          progress(name, (stored += batch.length), target);
        }
        buildSeconds += (performance.now() - started) / 1000;
        how.push(`putDocuments, batches of 500, to ${target.toLocaleString('en')}`);
      }
      const started = performance.now();
      // Fresh planner statistics, as autovacuum would have them on a server that ran a while.
      if (store.capabilities.fullText === 'tsvector') await sql`analyze`.execute(store.db);
      buildSeconds += (performance.now() - started) / 1000;
      stored = (await store.listDocuments({ limit: 1 })).total;
      const serverCpu =
        store.capabilities.fullText === 'tsvector' ? await pgServerCpu(store, SCALE_BENCH_APPLICATION) : undefined;
      const search = await benchSearch(store, queries, 20, serverCpu);
      const fresh = await timeOneIngest(store, target);
      const ingestMs = fresh.ms;
      const link = await timeLinking(store, fresh.id);
      const claim = await timeClaims(store, fresh.id);
      const stat = (metric: string) => Number.parseFloat(String(search.rows.find((r) => r.metric === metric)?.value));
      growth.push({
        name,
        size: target,
        p50: stat('p50'),
        p95: stat('p95'),
        cpu: stat('cpu'),
        link,
        claim: claim.perClaim,
      });
      const section = {
        title: `${name}, ${target.toLocaleString('en')} documents`,
        rows: [
          { metric: 'built', value: `${buildSeconds.toFixed(1)} s in total (${how.join(', then ') || 'kept store'})` },
          { metric: 'size on disk', value: mib(await size()) },
          ...search.rows.filter((r) => ['queries', 'p50', 'p95', 'p99', 'cpu'].includes(r.metric)),
          { metric: 'ingest one new document', value: `${ingestMs.toFixed(0)} ms (read, structure, analyse, store)` },
          { metric: 'link one new document', value: `${link.toFixed(0)} ms (tracking stage, both ways)` },
          {
            metric: 'check one claim',
            value: `${claim.perClaim.toFixed(1)} ms (the new document's ${claim.claims} claims checked again)`,
          },
        ],
      };
      sections.push(section);
      // Printed as it is measured too: a million-document run takes long enough to be cut short.
      console.log(formatReport([section]));
    }
  } finally {
    await store.close();
  }
  return sections;
}

/** One new document (a fresh variant) through the whole ingest path. */
async function timeOneIngest(store: KyselyStore, salt: number): Promise<{ id: string; ms: number }> {
  // A report with claims, so that checking them is measured too.
  const withClaims = bases.filter((b) => b.analysis?.layers.claims?.length);
  const base = withClaims.length ? withClaims[salt % withClaims.length].document : bases[salt % bases.length].document;
  const text = varyText(base.text, 9_000_000 + salt, seededRandom(salt));
  const started = performance.now();
  const outcome = await ingest(store, { bytes: new TextEncoder().encode(text), fileName: 'new.txt' }, analyser);
  if (!outcome.ok) throw new Error(`the new document failed: ${outcome.message}`);
  return { id: outcome.id, ms: performance.now() - started };
}

/** The tracking stage on the new document: its promises looked up in the store, and the reverse. */
async function timeLinking(store: KyselyStore, id: string): Promise<number> {
  const started = performance.now();
  await linkDocument(store, id);
  return performance.now() - started;
}

/** The new document's claims checked again against their meeting's records, per claim. */
async function timeClaims(store: KyselyStore, id: string): Promise<{ claims: number; perClaim: number }> {
  const claims = (await store.getAnnotations({ layer: 'claims', documentId: id })).length;
  const started = performance.now();
  await createClaimsStage(store).documentStored(id);
  return { claims, perClaim: (performance.now() - started) / Math.max(1, claims) };
}

/** How each cost grows with the corpus: the figures at each size over those at the smallest. */
function growthTable(): string {
  const lines = ['\nhow cost grows with the corpus (× the smallest size of the same database)'];
  lines.push('store     documents  search p50     search p95     search cpu     link one document  check one claim');
  for (const g of growth) {
    const first = growth.find((x) => x.name === g.name)!;
    const cell = (v: number, v0: number, digits = 1) => `${v.toFixed(digits)} ms (${(v / v0).toFixed(1)}×)`.padEnd(15);
    lines.push(
      `${g.name.padEnd(9)} ${g.size.toLocaleString('en').padStart(9)}  ` +
        `${cell(g.p50, first.p50)}${cell(g.p95, first.p95)}${cell(g.cpu, first.cpu)}` +
        `${cell(g.link, first.link, 0).padEnd(19)}${cell(g.claim, first.claim)}`,
    );
  }
  return lines.join('\n');
}

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

async function schemaSize(store: KyselyStore, schema: string): Promise<number> {
  const { rows } = await sql<{ bytes: string }>`select coalesce(sum(pg_total_relation_size(c.oid)), 0) as bytes
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = ${schema} and c.relkind = 'r'`.execute(store.db);
  return Number(rows[0]?.bytes ?? 0);
}
