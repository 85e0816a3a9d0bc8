/**
 * Crash safety, measured: runs `concord ingest` and `concord analyse` in a child process,
 * kills it with SIGKILL at a random moment, then checks the database: intact (SQLite's
 * integrity and foreign-key checks; PostgreSQL's tables readable), nothing half-stored
 * (every document has its nodes, passages, analysis run and custody record), the audit
 * chain verifies; then re-runs the command to completion and checks again.
 * Usage: node --import tsx scripts/crash-trials.ts [--trials 12] [--dialects sqlite,postgres] [--seed 1]
 * PostgreSQL: a database of its own (concord_crash_trials) on 127.0.0.1:5432, dropped at the end.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { openStore } from '../src/store/open-store.ts';
import type { KyselyStore } from '../src/store/kysely-store.ts';
import { seededRandom } from '../test/fixtures/hostile/hostile-inputs.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const trials = Number(option('trials', '12'));
const dialects = option('dialects', 'sqlite,postgres').split(',');
const random = seededRandom(Number(option('seed', '1')));
const CORPUS = '../shared/corpus';
const files = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 6)
  .map((f) => join(CORPUS, f));
const PG_ADMIN = 'postgres://postgres@127.0.0.1:5432/test';
const PG_DB = 'concord_crash_trials';

interface Check {
  intact: string;
  partial: number;
  documents: number;
  chain: string;
}

const rows: string[] = [];
const header =
  '| store | trial | command | killed after | intact | half-stored | audit chain | re-run | after re-run |';
console.log(`${header}\n|---|---|---|---|---|---|---|---|---|`);
for (const dialect of dialects) {
  const dir = mkdtempSync(join(tmpdir(), 'concord-crash-'));
  const db = dialect === 'sqlite' ? join(dir, 'crash.db') : await freshPostgres();
  try {
    for (let trial = 1; trial <= trials; trial++) {
      rows.push(await runTrial(dialect, db, trial));
      console.log(rows.at(-1));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (dialect === 'postgres') await dropPostgres();
  }
}
const clean = rows.filter((r) => / \| ok(, ok)? \| 0 \| ok /.test(r) && r.includes('completed')).length;
console.log(
  `\n${rows.length} trials: ${clean} left the store intact with nothing half-stored and re-ran to completion`,
);

async function runTrial(dialect: string, db: string, trial: number): Promise<string> {
  const stored = await inspect(db).then((c) => c.documents);
  // Analyse needs documents; ingest needs work to do, so some stored ones are deleted first.
  const command = stored > 0 && random() < 0.4 ? 'analyse' : 'ingest';
  if (command === 'ingest' && stored > 0) await run(db, ['delete', await someDocument(db)], 120_000);
  const delay = Math.round(500 + random() * 7000);
  const argsOf = command === 'ingest' ? ['ingest', ...files] : ['analyse'];
  const started = Date.now();
  const killed = await run(db, argsOf, delay);
  const when = killed ? `${Date.now() - started} ms` : `finished first`;
  const after = await inspect(db);
  const rerun = await run(db, argsOf, 300_000);
  const final = await inspect(db);
  const ok = (c: Check) => `${c.intact}, ${c.partial} partial, chain ${c.chain}`;
  return (
    `| ${dialect} | ${trial} | ${command} | ${when} | ${after.intact} | ${after.partial} | ${after.chain} | ` +
    `${rerun ? 'killed?' : 'completed'} | ${ok(final)}, ${final.documents} docs |`
  );
}

/** Runs the CLI; kills it with SIGKILL after `killAfterMs`. True when it had to be killed. */
function run(db: string, cliArgs: string[], killAfterMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child: ChildProcess = spawn(process.execPath, ['bin/concord.js', '--db', db, ...cliArgs], {
      stdio: 'ignore',
    });
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, killAfterMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(killed);
    });
  });
}

/** Integrity, half-stored documents and the audit chain, read in this process. */
async function inspect(db: string): Promise<Check> {
  const store = (await openStore(db.startsWith('postgres') ? { databaseUrl: db } : { sqlitePath: db })) as KyselyStore;
  try {
    let intact = 'ok';
    if (!db.startsWith('postgres')) {
      const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db);
      const foreign = await sql`pragma foreign_key_check`.execute(store.db);
      intact = integrity.rows.map((r) => r.integrity_check).join(',') + (foreign.rows.length ? ' fk!' : '');
    }
    for (const table of ['documents', 'nodes', 'passages', 'annotations', 'analysis_runs', 'audit_log'])
      await sql`select count(*) from ${sql.table(table)}`.execute(store.db);
    const documents = await store.db.selectFrom('documents').select('id').execute();
    let partial = 0;
    for (const { id } of documents) {
      const has = async (table: 'nodes' | 'passages' | 'analysis_runs' | 'sources') =>
        (await store.db.selectFrom(table).select('document_id').where('document_id', '=', id).limit(1).execute())
          .length > 0;
      const custody = await store.custody.custodyOf(id);
      if (!(await has('nodes')) || !(await has('passages')) || !(await has('analysis_runs')) || !custody) partial++;
    }
    const chain = await store.custody.verify();
    return { intact, partial, documents: documents.length, chain: chain.ok ? `ok (${chain.entries})` : 'BROKEN' };
  } finally {
    await store.close();
  }
}

async function someDocument(db: string): Promise<string> {
  const store = (await openStore(db.startsWith('postgres') ? { databaseUrl: db } : { sqlitePath: db })) as KyselyStore;
  try {
    const ids = (await store.db.selectFrom('documents').select('id').execute()).map((r) => r.id);
    return ids[Math.floor(random() * ids.length)];
  } finally {
    await store.close();
  }
}

async function freshPostgres(): Promise<string> {
  await dropPostgres();
  const client = new pg.Client(PG_ADMIN);
  await client.connect();
  await client.query(`create database ${PG_DB}`);
  await client.end();
  return PG_ADMIN.replace(/\/test$/, `/${PG_DB}`);
}

async function dropPostgres(): Promise<void> {
  const client = new pg.Client(PG_ADMIN);
  await client.connect();
  await client.query(`drop database if exists ${PG_DB} with (force)`);
  await client.end();
}
