/**
 * @module deploy.test
 * The deployment of compose.yaml, without containers: the same processes on the real
 * PostgreSQL (a fresh schema). `concord migrate` once, then `concord serve --no-worker` and two
 * `concord worker` processes with CONCORD_MIGRATE=off; /readyz turns 200; a batch of ingest jobs
 * queued through the API is done by the workers (both take some); the logs are JSON lines;
 * SIGTERM stops every process cleanly and leaves no job running. Skipped, visibly, when
 * PostgreSQL does not answer.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { memoryIo } from '../../src/cli/cli-io.ts';
import { main } from '../../src/cli/main.ts';
import { openStore } from '../../src/store/open-store.ts';
import { dropPgSchemas, pgUnreachable, TEST_PG_URL } from '../store/store-dialects.ts';
import { bearer, tokenFor } from '../server/test-credentials.ts';
import { BIN, jsonLines, type Running, startConcord } from './processes.ts';

const JOBS = 6;
const FILES_PER_JOB = 2;

const down = await pgUnreachable();
const schema = `concord_deploy_${randomBytes(5).toString('hex')}`;
const env = {
  DATABASE_URL: TEST_PG_URL,
  CONCORD_DB_SCHEMA: schema,
  CONCORD_MIGRATE: 'off',
  CONCORD_LOG: 'json',
  CONCORD_RATE_LIMITS: 'off',
};

describe('deployment processes on PostgreSQL', {
  skip: down && `PostgreSQL unreachable (${down})`,
  timeout: 120_000,
}, () => {
  const running: Running[] = [];
  let server: Running;
  let workers: Running[];
  let url: string;
  /** An analyst's API token, made through the accounts code on the migrated schema. */
  let auth: Record<string, string>;

  before(async () => {
    const migrate = spawnSync(process.execPath, [BIN, 'migrate'], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    assert.equal(migrate.status, 0, migrate.stderr);
    assert.match(migrate.stdout, /^applied {2}001-core-tables$/m);
    assert.match(migrate.stdout, /migrations applied; \d+ applied, 0 pending\./);
    const store = await openStore({ databaseUrl: TEST_PG_URL, schema, migrate: false });
    auth = bearer(await tokenFor(store, 'analyst'));
    await store.close();
    server = startConcord(['serve', '--port', '0', '--no-worker'], env);
    workers = [startConcord(['worker'], env), startConcord(['worker'], env)];
    running.push(server, ...workers);
    url = (await server.waitFor(/listening on (http:\S+)/))[1];
    await Promise.all(workers.map((w) => w.waitFor(/Concord worker taking/)));
  });

  after(async () => {
    await Promise.all(running.map((p) => p.stop('SIGKILL').catch(() => {})));
    await dropPgSchemas(schema, `${schema}_boss`);
  });

  test('should list every migration applied and none pending', async () => {
    // In this process (the same command, without another start-up): `migrate --status`.
    const io = memoryIo();
    const saved = process.env.CONCORD_DB_SCHEMA;
    process.env.CONCORD_DB_SCHEMA = schema;
    const code = await main(['node', 'concord', '--db', TEST_PG_URL, 'migrate', '--status'], io).finally(() => {
      if (saved === undefined) delete process.env.CONCORD_DB_SCHEMA;
      else process.env.CONCORD_DB_SCHEMA = saved;
      process.exitCode = 0;
    });
    assert.equal(code, 0, io.stderr());
    assert.match(io.stdout(), /\d+ applied, 0 pending\./);
    assert.doesNotMatch(io.stdout(), / pending {2}/);
  });

  test('should be healthy, then ready', async () => {
    const health = await fetch(`${url}/healthz`);
    assert.equal(health.status, 200);
    const ready = await waitUntil(async () => {
      const r = await fetch(`${url}/readyz`);
      return r.status === 200 ? ((await r.json()) as { checks: { name: string; ok: boolean }[] }) : undefined;
    });
    assert.deepEqual(
      ready.checks.map((c) => [c.name, c.ok]),
      [
        ['store', true],
        ['queue', true],
      ],
    );
  });

  test('should have the workers do a batch of ingest jobs queued through the API', async () => {
    const ids: string[] = [];
    for (let j = 0; j < JOBS; j++) {
      const form = new FormData();
      for (let f = 0; f < FILES_PER_JOB; f++) form.append('files', new Blob([documentText(j, f)]), `doc-${j}-${f}.txt`);
      const answer = await fetch(`${url}/api/imports`, { method: 'POST', body: form, headers: auth });
      assert.equal(answer.status, 202, await answer.clone().text());
      ids.push(((await answer.json()) as { jobId: string }).jobId);
    }
    const views = await waitUntil(async () => {
      const jobs = await Promise.all(
        ids.map(async (id) => (await fetch(`${url}/api/jobs/${id}`, { headers: auth })).json()),
      );
      return jobs.every((j) => j.state === 'completed' || j.state === 'failed') ? jobs : undefined;
    }, 90_000);
    assert.deepEqual(
      views.map((j) => [j.state, j.result?.stored]),
      ids.map(() => ['completed', FILES_PER_JOB]),
    );
    const documents = (await (await fetch(`${url}/api/documents?limit=1`, { headers: auth })).json()) as {
      total: number;
    };
    assert.equal(documents.total, JOBS * FILES_PER_JOB);
    // Each worker logged the jobs it ran; between them, every job, and each took some.
    const done = workers.map((w) => jsonLines(w.stdout()).filter((l) => l.msg === 'job' && l.outcome === 'completed'));
    assert.equal(done[0].length + done[1].length, JOBS, workers.map((w) => w.stdout()).join('\n'));
    assert.ok(
      done.every((d) => d.length > 0),
      `jobs per worker: ${done.map((d) => d.length)}`,
    );
    for (const line of done.flat()) {
      assert.equal(line.type, 'ingest');
      assert.ok(ids.includes(line.jobId as string));
      assert.equal(typeof line.durationMs, 'number');
      assert.equal(line.attempt, 1);
    }
  });

  test('should log one JSON line per request, with its id, and no document text', async () => {
    const requests = jsonLines(server.stdout()).filter((l) => l.msg === 'request');
    const imports = requests.filter((l) => l.path === '/api/imports');
    assert.equal(imports.length, JOBS);
    for (const line of imports) {
      assert.equal(line.method, 'POST');
      assert.equal(line.status, 202);
      assert.match(String(line.requestId), /^[0-9a-f-]{36}$/);
      assert.equal(typeof line.durationMs, 'number');
      assert.match(String(line.time), /^\d{4}-\d\d-\d\dT/);
    }
    assert.doesNotMatch(server.stdout() + workers.map((w) => w.stdout()).join(''), /glacier monitoring station/);
  });

  test('should stop every process on SIGTERM, leaving no job running', async () => {
    // One more job, stopped as it may be running: finished or given back, never left running.
    const form = new FormData();
    form.append('files', new Blob([documentText(99, 0)]), 'last.txt');
    const last = (await (await fetch(`${url}/api/imports`, { method: 'POST', body: form, headers: auth })).json()) as {
      jobId: string;
    };
    const codes = await Promise.all([server, ...workers].map((p) => p.stop('SIGTERM')));
    assert.deepEqual(codes, [0, 0, 0]);
    for (const w of workers)
      assert.ok(
        jsonLines(w.stdout()).some((l) => l.msg === 'worker stopped'),
        w.stdout(),
      );
    const client = new pg.Client({ connectionString: TEST_PG_URL });
    await client.connect();
    try {
      const { rows } = await client.query(`select id, state from ${schema}.jobs where state = 'running'`);
      assert.deepEqual(rows, []);
      const { rows: lastRows } = await client.query(`select state from ${schema}.jobs where id = $1`, [last.jobId]);
      assert.ok(['queued', 'retrying', 'completed'].includes(lastRows[0]?.state), JSON.stringify(lastRows));
    } finally {
      await client.end();
    }
  });
});

/** A small invented document, different for every job and file. */
function documentText(job: number, file: number): string {
  return (
    `title: Joint communiqué ${job}-${file} of the test meeting\n---\n` +
    `1. The Parties agreed to open glacier monitoring station number ${job * 100 + file}.\n\n` +
    `2. The ministers will meet again in Almaty in ${2030 + job}.\n`
  );
}

async function waitUntil<T>(probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
