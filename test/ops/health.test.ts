/**
 * @module health.test
 * `/healthz` answers without touching the store; `/readyz` is 200 only when the store answers
 * and is migrated and the queue answers, else 503 with each failed check's reason. Both are
 * declared public.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/app/create-app.ts';
import type { JobQueue } from '../../src/jobs/job-queue.ts';
import { openJobQueue } from '../../src/jobs/open-job-queue.ts';
import { PERMISSION } from '../../src/server/permissions.ts';
import { openStore } from '../../src/store/open-store.ts';
import { createSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { nullAnalyser } from '../server/test-app.ts';

interface ReadyBody {
  status: string;
  checks: { name: string; ok: boolean; reason?: string }[];
}

describe('health and readiness', () => {
  test('should answer /healthz without the store, even when every store call fails', async () => {
    const dead = new Proxy({} as Store, {
      get: (_, key) => (key === 'capabilities' ? { fullText: 'fts5' } : () => Promise.reject(new Error('down'))),
    });
    const app = createApp({ store: dead, analyser: nullAnalyser });
    const response = await app.request('/healthz', { headers: { host: '10.0.0.7:8080' } });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ok' });
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const ready = await app.request('/readyz');
    assert.equal(ready.status, 503);
  });

  test('should be ready on a migrated store with a working queue', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    const jobs = await openJobQueue(store as never, { kind: 'sqlite', path: ':memory:' });
    try {
      const app = createApp({ store, analyser: nullAnalyser, jobs });
      for (let i = 0; i < 2; i++) {
        // The second probe takes the short path (migrations seen applied once).
        const response = await app.request('/readyz');
        assert.equal(response.status, 200);
        assert.deepEqual(await response.json(), {
          status: 'ready',
          checks: [
            { name: 'store', ok: true },
            { name: 'queue', ok: true },
          ],
        });
      }
    } finally {
      await jobs.close();
      await store.close();
    }
  });

  test('should say which migrations are pending, and what to run', async () => {
    const store = createSqliteStore(':memory:');
    try {
      const app = createApp({ store, analyser: nullAnalyser });
      const response = await app.request('/readyz');
      assert.equal(response.status, 503);
      const body = (await response.json()) as ReadyBody;
      assert.equal(body.status, 'not ready');
      assert.equal(body.checks[0].name, 'store');
      assert.match(body.checks[0].reason ?? '', /^\d+ migrations pending \(001-core-tables, .*run `concord migrate`$/);
      await store.migrate();
      assert.equal((await app.request('/readyz')).status, 200);
    } finally {
      await store.close();
    }
  });

  test('should give the queue failure as the reason', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    const real = await openJobQueue(store as never, { kind: 'sqlite', path: ':memory:' });
    const jobs: JobQueue = { ...real, check: () => Promise.reject(new Error('connection refused')) };
    try {
      const app = createApp({ store, analyser: nullAnalyser, jobs });
      const response = await app.request('/readyz');
      assert.equal(response.status, 503);
      const body = (await response.json()) as ReadyBody;
      assert.deepEqual(body.checks[1], { name: 'queue', ok: false, reason: 'connection refused' });
    } finally {
      await real.close();
      await store.close();
    }
  });

  test('should declare both probes public', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    try {
      const app = createApp({ store, analyser: nullAnalyser });
      for (const path of ['/healthz', '/readyz']) {
        const declared = app.routes
          .filter((r) => r.path === path && r.method === 'GET')
          .map((r) => (r.handler as { [PERMISSION]?: string })[PERMISSION])
          .filter(Boolean);
        assert.deepEqual(declared, ['public'], path);
      }
    } finally {
      await store.close();
    }
  });
});
