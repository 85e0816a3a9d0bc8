/**
 * @module logging.test
 * Structured logs: one line per request (id, method, path, status, duration, user) and per
 * job; JSON or readable text; errors logged with the request id; and what must never reach a
 * log — document text, passwords, cookies, tokens, search terms — does not, whatever the
 * request carries.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/app/create-app.ts';
import { openJobQueue } from '../../src/jobs/open-job-queue.ts';
import type { JobType } from '../../src/jobs/job-types.ts';
import { createLogger, loggerOptionsFromEnv, type Logger } from '../../src/log/logger.ts';
import { safeFields } from '../../src/log/safe-fields.ts';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/store.ts';
import { fixtureIngest } from '../server/fixture-ingest.ts';
import { nullAnalyser } from '../server/test-app.ts';
import { tokenFor, withToken } from '../server/test-credentials.ts';

/** A JSON logger writing into an array. */
function capture(): { logger: Logger; lines: () => Record<string, unknown>[]; raw: string[] } {
  const raw: string[] = [];
  const logger = createLogger({ format: 'json', level: 'info', write: (line) => raw.push(line) });
  return { logger, raw, lines: () => raw.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('logger', () => {
  test('should write one JSON object a line, drop lines under the level, and add child fields', () => {
    const { logger, lines, raw } = capture();
    logger.debug('hidden');
    logger.child({ jobId: 'j1' }).warn('job', { attempt: 2 });
    assert.equal(raw.length, 1);
    assert.ok(raw[0].endsWith('\n'));
    assert.deepEqual({ ...lines()[0], time: 'T' }, { time: 'T', level: 'warn', msg: 'job', jobId: 'j1', attempt: 2 });
  });

  test('should write readable lines for a terminal, and JSON elsewhere unless told', () => {
    const raw: string[] = [];
    const at = new Date('2026-12-06T12:00:01.234Z');
    createLogger({ format: 'pretty', write: (l) => raw.push(l), now: () => at }).info('request', {
      path: '/x',
      status: 200,
    });
    assert.equal(raw[0], '12:00:01.234 INFO  request path=/x status=200\n');
    assert.equal(loggerOptionsFromEnv({}, true).format, 'pretty');
    assert.equal(loggerOptionsFromEnv({}, false).format, 'json');
    assert.equal(loggerOptionsFromEnv({ CONCORD_LOG: 'pretty' }, false).format, 'pretty');
    assert.equal(loggerOptionsFromEnv({ CONCORD_LOG: 'json' }, true).format, 'json');
    assert.equal(loggerOptionsFromEnv({ CONCORD_LOG_LEVEL: 'debug' }, true).level, 'debug');
  });

  test('should redact secrets and document text by field name, at any depth, and keep errors short', () => {
    const error = Object.assign(new Error('boom'), { body: 'the whole request' });
    const safe = safeFields({
      user: 'ana',
      password: 'hunter2',
      headers: { Cookie: 'sid=1', 'X-Api-Key': 'k', authorization: 'Bearer t' },
      files: [{ fileName: 'a.txt', bytes: 'AAAA', text: 'secret text' }],
      access_token: 't',
      error,
    });
    assert.equal(safe.user, 'ana');
    assert.equal(safe.password, '[redacted]');
    assert.deepEqual(safe.headers, { Cookie: '[redacted]', 'X-Api-Key': '[redacted]', authorization: '[redacted]' });
    assert.deepEqual(safe.files, [{ fileName: 'a.txt', bytes: '[redacted]', text: '[redacted]' }]);
    assert.equal(safe.access_token, '[redacted]');
    assert.deepEqual(Object.keys(safe.error as object).sort(), ['message', 'name', 'stack']);
  });
});

describe('request and job logs', () => {
  test('should log each request once, with its id and the user, and never its secrets or text', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    const { logger, lines, raw } = capture();
    const token = await tokenFor(store);
    const app = withToken(
      createApp({ store, analyser: nullAnalyser, ingest: fixtureIngest, logger, rateLimits: false }),
      token,
    );
    try {
      const text = 'title: Private memo\n---\n1. The glacier fund holds 7 million for the confidential plan.\n';
      const posted = await app.request('/api/documents', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: 'theme=cookie-value-123',
        },
        body: JSON.stringify({ text, password: 'password-value-789' }),
      });
      assert.equal(posted.status, 201, await posted.clone().text());
      const searched = await app.request('/api/search?q=confidential%20plan', {
        headers: { 'x-request-id': 'req-42' },
      });
      assert.equal(searched.status, 200);
      const form = new FormData();
      form.append('password', 'form-password-000');
      await app.request('/import', { method: 'POST', body: form });

      const requests = lines().filter((l) => l.msg === 'request');
      assert.equal(requests.length, 3);
      assert.deepEqual(
        requests.map((l) => [l.method, l.path, l.status, l.user]),
        [
          ['POST', '/api/documents', 201, 'test-admin'],
          ['GET', '/api/search', 200, 'test-admin'],
          ['POST', '/import', 400, 'test-admin'],
        ],
      );
      assert.equal(requests[1].requestId, 'req-42');
      for (const line of requests) {
        assert.equal(typeof line.durationMs, 'number');
        assert.equal(line.level, 'info');
      }
      const all = raw.join('');
      for (const secret of ['cookie-value-123', token, 'password-value-789', 'form-password-000'])
        assert.ok(!all.includes(secret), `${secret} reached the log`);
      for (const text of ['glacier fund', 'confidential', 'Private memo']) assert.ok(!all.includes(text), text);
    } finally {
      await store.close();
    }
  });

  test('should log an unexpected error with the request id, and the request at error level', async () => {
    const real = await openStore({ sqlitePath: ':memory:' });
    const broken = new Proxy(real, {
      get: (target, key, receiver) =>
        key === 'listDocuments'
          ? () => Promise.reject(new Error('database on fire'))
          : Reflect.get(target, key, receiver),
    }) as Store;
    const { logger, lines } = capture();
    const app = withToken(
      createApp({ store: broken, analyser: nullAnalyser, logger, rateLimits: false }),
      await tokenFor(real),
    );
    try {
      const response = await app.request('/api/documents');
      assert.equal(response.status, 500);
      const id = response.headers.get('x-request-id');
      const error = lines().find((l) => l.msg === 'unexpected error');
      assert.equal(error?.requestId, id);
      assert.equal((error?.error as { message?: string } | undefined)?.message, 'database on fire');
      const request = lines().find((l) => l.msg === 'request');
      assert.deepEqual([request?.level, request?.status, request?.requestId], ['error', 500, id]);
    } finally {
      await real.close();
    }
  });

  test('should log one line per job attempt: type, id, attempt, duration, outcome; never the payload', async () => {
    const store = (await openStore({ sqlitePath: ':memory:' })) as KyselyStore & Awaited<ReturnType<typeof openStore>>;
    const { logger, lines, raw } = capture();
    let calls = 0;
    const flaky: JobType<{ secretText: string }> = {
      name: 'flaky',
      parse: (p) => p as { secretText: string },
      async run() {
        if (++calls === 1) throw new Error('first attempt fails');
        return { ok: true };
      },
    };
    const queue = await openJobQueue(store, { kind: 'sqlite', path: ':memory:' }, [flaky], { logger });
    try {
      await queue.work();
      const id = await queue.enqueue('flaky', { secretText: 'payload-text-321' });
      for (let i = 0; i < 100 && (await queue.get(id))?.state !== 'completed'; i++)
        await new Promise((r) => setTimeout(r, 100));
      const jobs = lines().filter((l) => l.msg === 'job');
      assert.deepEqual(
        jobs.map((l) => [l.type, l.jobId, l.attempt, l.outcome, l.level]),
        [
          ['flaky', id, 1, 'retrying', 'warn'],
          ['flaky', id, 2, 'completed', 'info'],
        ],
      );
      assert.equal(jobs[0].error, 'first attempt fails');
      assert.ok(jobs.every((l) => typeof l.durationMs === 'number'));
      assert.ok(!raw.join('').includes('payload-text-321'));
    } finally {
      await queue.close();
      await store.close();
    }
  });
});
