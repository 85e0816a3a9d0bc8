/**
 * @module worker-throughput-bench
 * `npm run bench:workers`: documents/s through the job queue on PostgreSQL with 1 and then 2
 * `concord worker` processes, side by side. Each run: a fresh schema, migrated once; the
 * workers started as processes (the bin: dist/ when current) and warmed up (each loads the
 * knowledge base on its first job); then the same batch — the ../shared/corpus files, a few per
 * ingest job — queued at once, timed until every job is done.
 *
 * Usage: npm run bench:workers -- [--per-job 4] [--workers 1,2] [--copies 1]
 *   env CONCORD_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/test)
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openJobQueue } from '../src/jobs/open-job-queue.ts';
import type { KyselyStore } from '../src/store/kysely-store.ts';
import { openStore } from '../src/store/open-store.ts';
import type { ConcordStore } from '../src/store/store-extensions.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    'per-job': { type: 'string', default: '4' },
    workers: { type: 'string', default: '1,2' },
    copies: { type: 'string', default: '1' },
    corpus: { type: 'string', default: resolve(repoRoot, '../shared/corpus') },
  },
});
/** What each worker process has printed (its JSON log lines). */
const logs = new WeakMap<ReturnType<typeof spawn>, string>();
const url = process.env.CONCORD_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const perJob = Number(args['per-job']);
const copies = Number(args.copies);
const counts = args.workers.split(',').map(Number);

let names: string[];
try {
  names = readdirSync(args.corpus).filter((n) => /\.(txt|md|html?)$/.test(n));
} catch {
  console.log(`bench:workers skipped: no corpus at ${args.corpus}`);
  process.exit(0);
}
// Copies get a numbered line so each is a new document (the id comes from the text).
const files = Array.from({ length: copies }, (_, c) =>
  names.map((name) => {
    const text = readFileSync(join(args.corpus, name), 'utf8');
    return { fileName: name, bytes: Buffer.from(c ? `${text}\n\nCopy ${c}.\n` : text).toString('base64') };
  }),
).flat();

console.log(`Worker throughput on PostgreSQL: ${files.length} documents from ${args.corpus}, ${perJob} per job`);
const rows: string[][] = [];
for (const workers of counts) {
  const { seconds, stored, jobs } = await runWith(workers);
  rows.push([String(workers), String(jobs), String(stored), seconds.toFixed(1), (stored / seconds).toFixed(2)]);
  console.log(`  ${workers} worker${workers === 1 ? '' : 's'}: ${stored} documents in ${seconds.toFixed(1)} s`);
}
// The ratio is to the one-worker run, whatever order the runs were in.
const base = Number((rows.find((r) => r[0] === '1') ?? rows[0])[4]);
console.log('\n| workers | jobs | documents | seconds | documents/s | × 1 worker |\n|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} | ${(Number(r[4]) / base).toFixed(2)} |`);

/** One run: a fresh schema, `workers` processes, the batch queued at once and timed. */
async function runWith(workers: number): Promise<{ seconds: number; stored: number; jobs: number }> {
  const schema = `concord_wbench_${randomBytes(4).toString('hex')}`;
  const env = {
    ...process.env,
    DATABASE_URL: url,
    CONCORD_DB_SCHEMA: schema,
    CONCORD_MIGRATE: 'off',
    CONCORD_LOG: 'off',
  };
  const store = (await openStore({ databaseUrl: url, schema })) as KyselyStore & ConcordStore;
  const queue = await openJobQueue(store, { kind: 'postgres', url, schema });
  const children = Array.from({ length: workers }, () =>
    spawn(process.execPath, [join(repoRoot, 'bin', 'concord.js'), 'worker'], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  try {
    await Promise.all(children.map((child) => printed(child, /Concord worker taking/)));
    // Warm-up: each worker's first job loads the knowledge base; not part of the timing.
    const warm = await Promise.all(
      Array.from({ length: workers * 2 }, (_, i) =>
        queue.enqueue('ingest', {
          files: [
            { fileName: `warm-${i}.txt`, bytes: Buffer.from(`Warm-up ${i}. The parties met.\n`).toString('base64') },
          ],
        }),
      ),
    );
    await settled(queue, warm);
    const started = performance.now();
    const ids: string[] = [];
    for (let i = 0; i < files.length; i += perJob)
      ids.push(await queue.enqueue('ingest', { files: files.slice(i, i + perJob) }));
    const results = await settled(queue, ids);
    const seconds = (performance.now() - started) / 1000;
    // A retried job finds its first attempt's documents stored: say so, with the reason.
    for (const [i, child] of children.entries())
      for (const line of logOf(child).filter((l) => l.msg === 'job' && l.outcome !== 'completed'))
        console.log(`  worker ${i + 1}: job ${line.jobId} attempt ${line.attempt} ${line.outcome}: ${line.error}`);
    const stored = results.reduce<number>((n, r) => n + ((r as { stored?: number })?.stored ?? 0), 0);
    return { seconds, stored, jobs: ids.length };
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(
      children.map((child) => new Promise((r) => (child.exitCode !== null ? r(0) : child.once('exit', r)))),
    );
    await queue.close();
    await store.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade; drop schema if exists ${schema}_boss cascade`);
    await client.end();
  }
}

/** Waits until every job has completed (their results) or throws on a failed one. */
async function settled(queue: Awaited<ReturnType<typeof openJobQueue>>, ids: readonly string[]): Promise<unknown[]> {
  for (;;) {
    const views = await Promise.all(ids.map((id) => queue.get(id)));
    const failed = views.find((v) => v?.state === 'failed');
    if (failed) throw new Error(`job ${failed.id} failed: ${failed.error}`);
    if (views.every((v) => v?.state === 'completed')) return views.map((v) => v?.result);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The JSON lines a worker has printed. */
function logOf(child: ReturnType<typeof spawn>): Record<string, unknown>[] {
  return (logs.get(child) ?? '')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function printed(child: ReturnType<typeof spawn>, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      logs.set(child, out);
      if (pattern.test(out)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}: ${out}`)));
  });
}
