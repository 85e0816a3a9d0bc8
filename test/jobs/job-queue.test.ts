/**
 * @module job-queue.test
 * The job queue contract on both engines: in-process on SQLite, pg-boss on the real
 * PostgreSQL (skipped, visibly, when it does not answer). Jobs run with progress, retry with
 * back-off and end completed or failed with the reason; a key makes enqueueing idempotent;
 * the ingest job stores documents; changed step versions queue re-analysis of exactly the
 * documents they produced.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import PgBoss from 'pg-boss';
import { rowStateFor } from '../../src/jobs/boss-job-state.ts';
import { createInProcessQueue } from '../../src/jobs/in-process-queue.ts';
import { getJob, updateJob } from '../../src/jobs/jobs-table.ts';
import { createPgBossQueue } from '../../src/jobs/pg-boss-queue.ts';
import type { JobQueue } from '../../src/jobs/job-queue.ts';
import type { JobType, JobView } from '../../src/jobs/job-types.ts';
import { createJobRegistry } from '../../src/jobs/job-types.ts';
import { currentStepVersions, openJobQueue } from '../../src/jobs/open-job-queue.ts';
import { scheduleStaleReanalysis } from '../../src/jobs/stale-analyses.ts';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import { createPostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { createSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { dropPgSchemas, pgUnreachable, TEST_PG_URL } from '../store/store-dialects.ts';

/** Calls of the test job types, by job id. */
const calls = new Map<string, number>();

const countJob: JobType<{ n: number; failTimes?: number }> = {
  name: 'count-to',
  parse(payload) {
    const n = (payload as { n?: unknown })?.n;
    if (typeof n !== 'number') throw new Error('count-to needs a number n');
    return payload as { n: number; failTimes?: number };
  },
  async run({ n, failTimes = 0 }, { jobId, progress }) {
    const call = (calls.get(jobId) ?? 0) + 1;
    calls.set(jobId, call);
    if (call <= failTimes) throw new Error(`planned failure ${call}`);
    for (let i = 1; i <= n; i++) await progress(i, n);
    return { counted: n };
  },
};

interface Engine {
  name: string;
  skip?: string;
  open(): Promise<{ store: KyselyStore; queue: JobQueue; dispose(): Promise<void> }>;
}

async function engines(): Promise<Engine[]> {
  const down = await pgUnreachable();
  return [
    {
      name: 'sqlite (in-process)',
      async open() {
        const store = createSqliteStore(':memory:');
        await store.migrate();
        const queue = await openJobQueue(store, { kind: 'sqlite', path: ':memory:' }, [countJob]);
        const dispose = async () => {
          await queue.close();
          await store.close();
        };
        return { store, queue, dispose };
      },
    },
    {
      name: 'postgres (pg-boss)',
      ...(down ? { skip: `PostgreSQL unreachable at ${TEST_PG_URL} (${down})` } : {}),
      async open() {
        const schema = `concord_test_${randomBytes(6).toString('hex')}`;
        const store = createPostgresStore({ url: TEST_PG_URL, schema, max: 4 });
        await store.migrate();
        const queue = await openJobQueue(store, { kind: 'postgres', url: TEST_PG_URL, schema }, [countJob]);
        return {
          store,
          queue,
          async dispose() {
            await queue.close();
            await store.close();
            await dropPgSchemas(schema, `${schema}_boss`);
          },
        };
      },
    },
  ];
}

for (const engine of await engines()) {
  describe(`job queue: ${engine.name}`, { skip: engine.skip, timeout: 120_000 }, () => {
    test('should run jobs with progress, retry with back-off, fail with the reason, and key jobs', async () => {
      const { queue, dispose } = await engine.open();
      try {
        await queue.work({ concurrency: 2 });
        const done = await queue.enqueue('count-to', { n: 3 });
        const flaky = await queue.enqueue('count-to', { n: 1, failTimes: 1 });
        const broken = await queue.enqueue('count-to', { n: 1, failTimes: 9 }, { retries: 0 });
        await assert.rejects(queue.enqueue('count-to', { n: 'x' }), /needs a number/);
        await assert.rejects(queue.enqueue('no-such-type', {}), /Unknown job type "no-such-type"/);

        const first = await queue.enqueue('count-to', { n: 2 }, { key: 'once' });
        assert.equal(await queue.enqueue('count-to', { n: 2 }, { key: 'once' }), first);

        const finished = await settle(queue, [done, flaky, broken, first]);
        assert.deepEqual(pick(finished[0]), ['completed', 1, { done: 3, total: 3 }, { counted: 3 }, undefined]);
        assert.deepEqual(pick(finished[1]).slice(0, 2), ['completed', 2]);
        assert.deepEqual(pick(finished[2]).slice(0, 2), ['failed', 1]);
        assert.equal(finished[2].error, 'planned failure 1');
        assert.equal(finished[3].state, 'completed');
        const listed = await queue.list({ limit: 10 });
        assert.deepEqual(new Set(listed.map((j) => j.id)), new Set([done, flaky, broken, first]));
        assert.deepEqual(
          (await queue.list({ state: 'failed' })).map((j) => j.id),
          [broken],
        );
      } finally {
        await dispose();
      }
    });

    test('should ingest files as a job and queue re-analysis of documents of changed steps', async () => {
      const { store, queue, dispose } = await engine.open();
      try {
        await queue.work();
        const text = '1. Kazakhstan and China agree to cooperate on water.\n2. They welcome the summit.\n';
        const files = [
          { fileName: 'a.txt', bytes: Buffer.from(text).toString('base64') },
          { fileName: 'bad.bin', bytes: Buffer.from([0, 1, 2, 0, 255, 0]).toString('base64') },
        ];
        const [ingest] = await settle(queue, [await queue.enqueue('ingest', { files })]);
        assert.equal(ingest.state, 'completed', ingest.error);
        assert.deepEqual(ingest.progress, { done: 2, total: 2 });
        assert.deepEqual((ingest.result as { stored: number; failed: number }).stored, 1);
        assert.equal((await store.listDocuments()).total, 1);

        const current = await currentStepVersions();
        assert.equal(await scheduleStaleReanalysis(store, queue, current), undefined);
        const [step] = Object.keys(current);
        const changed = { ...current, [step]: `${current[step]}-next` };
        const reanalyse = await scheduleStaleReanalysis(store, queue, changed);
        assert.ok(reanalyse, 'a changed step version queues re-analysis');
        assert.equal(await scheduleStaleReanalysis(store, queue, changed), reanalyse);
        const [ran] = await settle(queue, [reanalyse!]);
        assert.deepEqual([ran.state, ran.result], ['completed', { analysed: 1, missing: 0 }]);
      } finally {
        await dispose();
      }
    });
  });
}

/** Lets every running `hang` job finish. */
const hanging: (() => void)[] = [];

/** A job that runs until the test lets it go (pg-boss's worker loop ends only after it). */
const hangJob: JobType<Record<string, never>> = {
  name: 'hang',
  parse: () => ({}),
  run: () => new Promise<void>((resolve) => hanging.push(resolve)),
};

describe('pg-boss queue: rows follow what pg-boss decided', { timeout: 120_000 }, async () => {
  const down = await pgUnreachable();
  const open = async () => {
    const schema = `concord_test_${randomBytes(6).toString('hex')}`;
    const store = createPostgresStore({ url: TEST_PG_URL, schema, max: 4 });
    await store.migrate();
    const registry = createJobRegistry();
    registry.register(countJob as JobType);
    registry.register(hangJob as JobType);
    const bossSchema = `${schema}_boss`;
    const queue = await createPgBossQueue(store, registry, {
      url: TEST_PG_URL,
      schema: bossSchema,
      stopTimeoutMs: 1000,
    });
    const dispose = async () => {
      await queue.close();
      await store.close();
      await dropPgSchemas(schema, bossSchema);
    };
    return { store, queue, bossSchema, dispose };
  };

  test('should show failed, with the reason, a job pg-boss failed for good after its worker died', {
    skip: down && `PostgreSQL unreachable at ${TEST_PG_URL} (${down})`,
  }, async () => {
    const { store, queue, bossSchema, dispose } = await open();
    // Another worker (its own pg-boss) takes the jobs, marks them running, and dies: pg-boss
    // fails them (as its expiry does), with no Concord code left to update the rows.
    const lost = new PgBoss({ connectionString: TEST_PG_URL, schema: bossSchema, max: 2 });
    await lost.start();
    try {
      const last = await queue.enqueue('count-to', { n: 1 }, { retries: 0 });
      const more = await queue.enqueue('count-to', { n: 1 }, { retries: 2 });
      const taken = await lost.fetch('count-to', { batchSize: 2 });
      assert.deepEqual(new Set(taken.map((j) => j.id)), new Set([last, more]));
      for (const id of [last, more]) await updateJob(store.db, id, { state: 'running', attempts: 1 });
      for (const id of [last, more]) await lost.fail('count-to', id, new Error('worker lost its connection'));

      const failed = await queue.get(last);
      assert.deepEqual([failed?.state, failed?.error], ['failed', 'worker lost its connection']);
      assert.ok(failed?.finishedAt, 'a job failed for good has its end time');
      const retrying = await queue.get(more);
      assert.deepEqual([retrying?.state, retrying?.error], ['retrying', 'worker lost its connection']);
      assert.deepEqual(
        (await queue.list({ state: 'failed' })).map((j) => j.id),
        [last],
      );
    } finally {
      await lost.stop({ graceful: false, wait: true });
      await dispose();
    }
  });

  test('should show failed a job whose worker stopped during its last attempt, retrying one with attempts left', {
    skip: down && `PostgreSQL unreachable at ${TEST_PG_URL} (${down})`,
  }, async () => {
    const { store, queue, dispose } = await open();
    try {
      const last = await queue.enqueue('hang', {}, { retries: 0 });
      const more = await queue.enqueue('hang', {}, { retries: 1 });
      await queue.work({ concurrency: 2 });
      const deadline = Date.now() + 30_000;
      while ((await Promise.all([last, more].map((id) => getJob(store.db, id)))).some((j) => j?.state !== 'running')) {
        if (Date.now() > deadline) throw new Error('the jobs did not start');
        await new Promise((r) => setTimeout(r, 100));
      }
      await queue.close();
      const [stopped, left] = await Promise.all([getJob(store.db, last), getJob(store.db, more)]);
      assert.equal(stopped?.state, 'failed');
      assert.match(stopped?.error ?? '', /stopped before the job finished, on its last attempt/);
      assert.equal(left?.state, 'retrying');
    } finally {
      for (const release of hanging.splice(0)) release();
      await new Promise((r) => setTimeout(r, 1500));
      await dispose();
    }
  });

  test('should map pg-boss states to row states', () => {
    assert.deepEqual(rowStateFor('running', { state: 'failed', output: { message: 'boom' } }), {
      state: 'failed',
      reason: 'boom',
    });
    assert.deepEqual(
      rowStateFor('retrying', {
        state: 'failed',
        output: { value: { message: 'job failed by timeout in active state' } },
      }),
      { state: 'failed', reason: 'job failed by timeout in active state' },
    );
    assert.deepEqual(rowStateFor('running', { state: 'retry', output: { value: 'pg-boss shut down while active' } }), {
      state: 'retrying',
      reason: 'pg-boss shut down while active',
    });
    assert.equal(rowStateFor('retrying', { state: 'retry' }), undefined);
    assert.equal(rowStateFor('running', { state: 'active' }), undefined);
    assert.equal(rowStateFor('running', { state: 'cancelled' })?.state, 'failed');
  });
});

describe('in-process queue', () => {
  test('should take up again a job left running by a stopped process', async () => {
    const store = createSqliteStore(':memory:');
    await store.migrate();
    const registry = (await openJobQueue(store, { kind: 'sqlite', path: ':memory:' }, [countJob])).registry;
    const before = createInProcessQueue(store, registry);
    const id = await before.enqueue('count-to', { n: 1 });
    await store.db.updateTable('jobs').set({ state: 'running' }).where('id', '=', id).execute();
    const after = createInProcessQueue(store, registry);
    await after.work();
    const [job] = await settle(after, [id]);
    assert.equal(job.state, 'completed');
    await after.close();
    await store.close();
  });
});

function pick(job: JobView): unknown[] {
  return [job.state, job.attempts, job.progress, job.result, job.error];
}

/** Waits until every job has completed or failed. */
async function settle(queue: JobQueue, ids: readonly string[], timeoutMs = 60_000): Promise<JobView[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const jobs = await Promise.all(ids.map((id) => queue.get(id)));
    if (jobs.every((j) => j && (j.state === 'completed' || j.state === 'failed'))) return jobs as JobView[];
    if (Date.now() > deadline) throw new Error(`jobs did not settle: ${JSON.stringify(jobs)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
