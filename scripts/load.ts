/**
 * @module load
 * `npm run load`: 50 concurrent clients (autocannon) over a mix of pages and API calls of a
 * running server, on loopback only and for a bounded time, on a store of at least 20,000
 * documents. The store is built once (variants of the corpus texts, analysed once and written
 * through the bulk path, bench/synthetic-records.ts) and reused by later runs; the server is
 * started as `concord serve` with rate limits off, and stopped at the end. Prints p50/p99 and
 * errors per route and overall. With CONCORD_TOKEN set, every request carries it as a bearer
 * token (for a server with accounts).
 *
 * Usage: npm run load -- [--docs 20000] [--db PATH | --db postgres://…] [--seconds 30]
 *        [--connections 50] [--url http://127.0.0.1:PORT (a server already running)]
 *        [--skip REGEX (routes left out, e.g. "entit" while the entity catalogue takes minutes)]
 *        [--processes N (the server's HTTP processes; default `concord serve`'s: one per core)]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createAnalyser } from '../src/analyse/analyser.ts';
import { openStore } from '../src/store/open-store.ts';
import type { Store } from '../src/store/store.ts';
import { readBaseTexts } from '../bench/make-corpus.ts';
import { analyseBases, batches, syntheticRecords } from '../bench/synthetic-records.ts';
import { treeCpuSeconds } from './process-cpu.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '20000' },
    db: { type: 'string' },
    seconds: { type: 'string', default: '30' },
    connections: { type: 'string', default: '50' },
    url: { type: 'string' },
    skip: { type: 'string' },
    processes: { type: 'string' },
    corpus: { type: 'string', default: resolve(repoRoot, '../shared/corpus') },
  },
});
const docs = Number(args.docs);
const seconds = Math.min(600, Number(args.seconds));
const connections = Number(args.connections);
if (![docs, seconds, connections].every((n) => Number.isInteger(n) && n > 0))
  throw new Error('--docs, --seconds and --connections must be whole numbers above 0');
const db = args.db ?? join(tmpdir(), 'concord-load', `load-${docs}.db`);
if (!db.startsWith('postgres')) mkdirSync(dirname(db), { recursive: true });
const target = db.startsWith('postgres') ? { databaseUrl: db } : { sqlitePath: db };

const store = await openStore(target);
let paths: Map<string, string[]>;
try {
  await fill(store);
  paths = await routePaths(store);
  if (args.skip) for (const route of [...paths.keys()]) if (new RegExp(args.skip).test(route)) paths.delete(route);
} finally {
  await store.close();
}

const server = args.url ? undefined : await startServer();
try {
  const base = args.url ?? server!.url;
  if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(base))
    throw new Error(`The load goes to loopback only, not ${base}`);
  const headers: Record<string, string> = process.env.CONCORD_TOKEN
    ? { authorization: `Bearer ${process.env.CONCORD_TOKEN}` }
    : {};
  await warmUp(base, headers);
  await runLoad(base, headers, server?.child.pid);
} finally {
  server?.child.kill('SIGTERM');
}

/** Brings the store up to `docs` documents through `putDocuments` (nothing to do when it has them). */
async function fill(store: Store): Promise<void> {
  const have = (await store.listDocuments({ limit: 0 })).total;
  if (have >= docs) {
    console.log(`store ${db}: ${have.toLocaleString('en')} documents (reused)`);
    return;
  }
  const started = performance.now();
  const bases = await analyseBases(readBaseTexts(args.corpus!), createAnalyser());
  let written = have;
  for (const batch of batches(syntheticRecords(bases, docs - have, have), 500)) {
    await store.putDocuments(batch);
    written += batch.length;
    process.stderr.write(`  building: ${written}/${docs}\r`);
  }
  const took = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`store ${db}: built to ${docs.toLocaleString('en')} documents in ${took} s (putDocuments, 500 a batch)`);
}

/** The routes of the mix, each with the paths its clients cycle through. */
async function routePaths(store: Store): Promise<Map<string, string[]>> {
  const ids = (await store.listDocuments({ limit: 20 })).items.map((d) => d.id);
  const mentions = await store.getAnnotations({ layer: 'entities', limit: 400 });
  const entities = [...new Set(mentions.map((m) => (m.value as { entityId?: string }).entityId))]
    .filter((id): id is string => Boolean(id))
    .slice(0, 10);
  const words = ['cooperation', 'water', 'Tokayev', 'security', 'investment', 'transport', 'Kazakhstan', 'summit'];
  const q = (w: string) => encodeURIComponent(w);
  return new Map([
    ['list page /', ['/', '/?offset=50', '/?kind=news']],
    ['documents API', ['/api/documents?limit=50', '/api/documents?limit=50&offset=1000']],
    ['reader page', ids.map((id) => `/documents/${id}`)],
    ['search page', words.map((w) => `/search?q=${q(w)}`)],
    ['search API', words.map((w) => `/api/search?q=${q(w)}`)],
    ['entities page', ['/entities']],
    ['entity page', entities.map((id) => `/entities/${encodeURIComponent(id)}`)],
    ['statements API', ['/api/statements?limit=50', '/api/statements?limit=50&kind=commitment']],
    ['commitments page', ['/commitments']],
    ['commitments API', ['/api/commitments']],
  ]);
}

/** `concord serve` on a free loopback port, rate limits off, no job worker. */
async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const processes = args.processes ? ['--processes', args.processes] : [];
  const serve = ['serve', '--port', '0', '--host', '127.0.0.1', '--no-worker', ...processes];
  const child = spawn(process.execPath, [join(repoRoot, 'bin/concord.js'), '--db', db, ...serve], {
    env: { ...process.env, CONCORD_RATE_LIMITS: 'off' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error('the server did not start within 120 s')), 120_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        done(m[1].replace(/\/$/, ''));
      }
    });
    child.once('exit', (code) => fail(new Error(`the server exited (${code}) before listening`)));
  });
  return { url, child };
}

/**
 * One request per path first: a route that fails outright is named before the load, and caches
 * fill. Each request on a new connection, once per server process: the processes take
 * connections in turn, so each one's caches fill.
 */
async function warmUp(base: string, headers: Record<string, string>): Promise<void> {
  const rounds = Number(args.processes ?? availableParallelism());
  // Consecutive connections go to the processes in turn: each process reads this path once.
  for (const [route, list] of paths)
    for (const path of list)
      for (let round = 0; round < rounds; round++) {
        const started = performance.now();
        const status = await getOnce(base + path, headers);
        if (status >= 400) console.log(`warm-up: ${route} ${path} answered ${status}`);
        else if (path === list[0] && round === 0)
          console.log(`warm-up: ${route.padEnd(18)} ${(performance.now() - started).toFixed(0)} ms`);
      }
}

/** A GET on a connection of its own; resolves with the status once the body is read. */
function getOnce(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpGet(url, { agent: false, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
  });
}

/** Every route at once, the connections shared out among them; per-route and overall figures. */
async function runLoad(base: string, headers: Record<string, string>, serverPid?: number): Promise<void> {
  const cpuBefore = serverPid ? treeCpuSeconds(serverPid) : undefined;
  const share = Math.max(1, Math.floor(connections / paths.size));
  const all: number[] = [];
  const runs = [...paths].map(async ([route, list]) => {
    const latencies: number[] = [];
    const result = await new Promise<autocannon.Result>((done, fail) => {
      const instance = autocannon(
        {
          url: base,
          connections: share,
          duration: seconds,
          timeout: 10,
          headers,
          requests: list.map((path) => ({ method: 'GET' as const, path })),
        },
        (error, res) => (error ? fail(error) : done(res)),
      );
      instance.on('response', (_client, _status, _bytes, ms) => {
        latencies.push(ms);
        all.push(ms);
      });
    });
    return { route, latencies, errors: result.errors, non2xx: result.non2xx, timeouts: result.timeouts };
  });
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(2))
      .join(', ');
  const clients = `${share * paths.size} clients for ${seconds} s on ${base} (${share} per route)`;
  console.log(`\n${clients}; load average ${load()}\n`);
  const results = await Promise.all(runs);
  console.log(`load average at the end: ${load()}`);
  const row = (name: string, ms: number[], errors: number) =>
    `${name.padEnd(20)} ${String(ms.length).padStart(7)} ${pct(ms, 0.5).padStart(8)} ${pct(ms, 0.99).padStart(8)} ` +
    String(errors).padStart(7);
  console.log(`${'route'.padEnd(20)} ${'answers'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} errors`);
  let errors = 0;
  for (const r of results) {
    const e = r.errors + r.non2xx;
    errors += e;
    console.log(row(r.route, r.latencies, e));
  }
  console.log(row('overall', all, errors));
  const cpuAfter = serverPid ? treeCpuSeconds(serverPid) : undefined;
  if (cpuBefore !== undefined && cpuAfter !== undefined) {
    const used = cpuAfter - cpuBefore;
    const each = all.length ? ((used * 1000) / all.length).toFixed(1) : '-';
    console.log(`server CPU (all its processes): ${used.toFixed(1)} s, ${each} ms per answer`);
  }
  console.log(`\nerrors: connection errors and time-outs (10 s) plus answers other than 2xx; ${all.length} answers.`);
}

function pct(values: number[], q: number): string {
  if (!values.length) return '-';
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))].toFixed(0);
}
