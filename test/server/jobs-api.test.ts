/**
 * @module jobs-api.test
 * Jobs through the API, the web page and the CLI: an ingest job and a failing job, listed
 * with state, progress and reason; one job by id; a 404 for an unknown id and a 503 when the
 * server has no queue.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createApp } from '../../src/app/create-app.ts';
import { main } from '../../src/cli/main.ts';
import type { JobQueue } from '../../src/jobs/job-queue.ts';
import type { JobType, JobView } from '../../src/jobs/job-types.ts';
import { openJobQueue } from '../../src/jobs/open-job-queue.ts';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { ConcordStore } from '../../src/store/store-extensions.ts';
import { nullAnalyser } from './test-app.ts';
import { tokenFor, withToken } from './test-credentials.ts';

const failing: JobType<object> = {
  name: 'always-fails',
  parse: (payload) => payload as object,
  run: async () => {
    throw new Error('the source answered 503');
  },
};

const TEXT = Buffer.from('1. The parties will meet in Astana.\n2. They welcome the summit.\n').toString('base64');

async function settle(queue: JobQueue, ids: string[]): Promise<JobView[]> {
  for (let i = 0; i < 300; i++) {
    const jobs = (await Promise.all(ids.map((id) => queue.get(id)))) as JobView[];
    if (jobs.every((j) => j.state === 'completed' || j.state === 'failed')) return jobs;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('jobs did not settle');
}

describe('jobs in the API, the web page and the CLI', () => {
  test('should list jobs with state, progress and reason, and show one', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    const jobs = await openJobQueue(store as KyselyStore & ConcordStore, { kind: 'sqlite', path: ':memory:' }, [
      failing,
    ]);
    try {
      await jobs.work();
      const ingest = await jobs.enqueue('ingest', { files: [{ fileName: 'a.txt', bytes: TEXT }] });
      const broken = await jobs.enqueue('always-fails', {}, { retries: 0 });
      await settle(jobs, [ingest, broken]);
      const app = withToken(createApp({ store, analyser: nullAnalyser, jobs }), await tokenFor(store, 'analyst'));

      const list = await (await app.request('/api/jobs')).json();
      assert.deepEqual(new Set(list.items.map((j: JobView) => j.id)), new Set([ingest, broken]));
      const failed = await (await app.request('/api/jobs?state=failed')).json();
      assert.deepEqual(
        failed.items.map((j: JobView) => [j.id, j.error]),
        [[broken, 'the source answered 503']],
      );
      const one = await (await app.request(`/api/jobs/${ingest}`)).json();
      assert.deepEqual([one.state, one.progress], ['completed', { done: 1, total: 1 }]);
      assert.equal((await app.request('/api/jobs/nope')).status, 404);
      assert.equal((await app.request('/api/jobs?state=lost')).status, 400);

      const page = await (await app.request('/jobs')).text();
      assert.match(page, /<progress max="1" value="1"><\/progress> 1 \/ 1/);
      assert.match(page, /the source answered 503/);
      // An upload from the import page becomes an ingest job, shown on the Jobs page.
      const form = new FormData();
      form.append('files', new File([Buffer.from(TEXT, 'base64')], 'upload.txt', { type: 'text/plain' }));
      form.set('text', '1. Pasted clause about glaciers.');
      const posted = await app.request('/import', { method: 'POST', body: form });
      assert.equal(posted.status, 303);
      const queued = /^\/jobs#job-(.+)$/.exec(posted.headers.get('location') ?? '')?.[1];
      assert.ok(queued, `redirected to the job: ${posted.headers.get('location')}`);
      const [imported] = await settle(jobs, [queued!]);
      assert.deepEqual([imported.state, imported.progress], ['completed', { done: 2, total: 2 }]);
      assert.equal((await store.search({ query: 'glaciers' })).total, 1);
      // The job's ingest records who queued it, not 'unknown'.
      const outcome = (imported.result as { outcomes: { id: string }[] }).outcomes[1]; // the pasted text, new
      const custody = await store.custody.custodyOf(outcome.id);
      assert.equal(custody?.importedBy, 'test-analyst');

      const none = withToken(createApp({ store, analyser: nullAnalyser, log: () => {} }), await tokenFor(store));
      assert.equal((await none.request('/api/jobs')).status, 503);
    } finally {
      await jobs.close();
      await store.close();
    }
  });

  test('should print jobs in the CLI', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-jobs-cli-'));
    const db = join(dir, 'jobs.db');
    try {
      const store = await openStore({ sqlitePath: db });
      const jobs = await openJobQueue(store as KyselyStore & ConcordStore, { kind: 'sqlite', path: db });
      await jobs.work();
      const id = await jobs.enqueue('ingest', { files: [{ fileName: 'a.txt', bytes: TEXT }] });
      await settle(jobs, [id]);
      await jobs.close();
      await store.close();
      const out: string[] = [];
      const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s), isTTY: false };
      assert.equal(await main(['node', 'concord', '--db', db, 'jobs'], io as never), 0);
      assert.match(out.join('\n'), new RegExp(`${id}\\s+ingest\\s+completed\\s+1\\s+1/1`));
      assert.equal(await main(['node', 'concord', '--db', db, 'jobs', '--state', 'lost'], io as never), 1);
      // main sets the process's exit code, as the bin needs; this test process must still pass.
      process.exitCode = 0;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
