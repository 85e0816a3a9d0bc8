/**
 * @module imports-api.test
 * `POST /api/imports`: uploaded files become one batch ingest job (202 with its id and a
 * Location), run by the in-process queue on SQLite, whose result lists every file's outcome;
 * no files is a 400; a server without a queue answers 503 (the page's script then uploads
 * through /api/documents). The import page tells its script the upload limit.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createApp } from '../../src/app/create-app.ts';
import type { JobView } from '../../src/jobs/job-types.ts';
import { openJobQueue } from '../../src/jobs/open-job-queue.ts';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { ConcordStore } from '../../src/store/store-extensions.ts';
import { nullAnalyser } from './test-app.ts';
import { tokenFor, withToken } from './test-credentials.ts';

const upload = (files: Record<string, string>) => {
  const form = new FormData();
  for (const [name, text] of Object.entries(files)) form.append('files', new Blob([text]), name);
  return { method: 'POST', body: form };
};

describe('batch import API', () => {
  test('should queue the files as one ingest job and report each file when it completes', async () => {
    const store = (await openStore({ sqlitePath: ':memory:' })) as KyselyStore & ConcordStore;
    const jobs = await openJobQueue(store, { kind: 'sqlite', path: ':memory:' });
    await jobs.work();
    try {
      const app = withToken(
        createApp({ store, analyser: nullAnalyser, jobs, rateLimits: false }),
        await tokenFor(store),
      );
      const response = await app.request(
        '/api/imports',
        upload({
          'a.txt': 'title: Batch one\n---\n1. The parties will meet in Astana.\n',
          'b.txt': 'title: Batch two\n---\n1. The ministers welcomed the water forum.\n',
          'empty.txt': '',
          'bin.txt': '\0\0\0binary',
        }),
      );
      assert.equal(response.status, 202, await response.clone().text());
      const body = (await response.json()) as { jobId: string; files: number; href: string };
      assert.equal(body.files, 4);
      assert.equal(response.headers.get('location'), `/api/jobs/${body.jobId}`);
      let view: JobView | undefined;
      for (let i = 0; i < 600 && !['completed', 'failed'].includes(view?.state ?? ''); i++) {
        await new Promise((r) => setTimeout(r, 100));
        view = (await (await app.request(body.href)).json()) as JobView;
      }
      assert.equal(view?.state, 'completed', JSON.stringify(view));
      assert.deepEqual(view?.progress, { done: 4, total: 4 });
      const result = view?.result as { stored: number; failed: number; outcomes: { ok: boolean; fileName: string }[] };
      assert.equal(result.stored, 2);
      assert.equal(result.failed, 2);
      assert.deepEqual(
        result.outcomes.map((o) => [o.fileName, o.ok]),
        [
          ['a.txt', true],
          ['b.txt', true],
          ['empty.txt', false],
          ['bin.txt', false],
        ],
      );
      assert.equal((await store.listDocuments()).total, 2);
      const none = await app.request('/api/imports', { method: 'POST', body: new FormData() });
      assert.equal(none.status, 400);
    } finally {
      await jobs.close();
      await store.close();
    }
  });

  test('should answer 503 without a queue, and give the page the upload limit', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    try {
      const app = withToken(
        createApp({ store, analyser: nullAnalyser, limits: { uploadBytes: 1234567 } }),
        await tokenFor(store, 'analyst'),
      );
      const response = await app.request('/api/imports', upload({ 'a.txt': 'text' }));
      assert.equal(response.status, 503);
      assert.equal(((await response.json()) as { type: string }).type.endsWith('jobs-unavailable'), true);
      const page = await (await app.request('/import')).text();
      assert.match(page, /data-max-bytes="1234567"/);
      assert.match(page, /<script src="\/assets\/import-progress\.js"/);
    } finally {
      await store.close();
    }
  });
});
