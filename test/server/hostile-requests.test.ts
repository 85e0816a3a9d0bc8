import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { request } from 'node:http';
import { describe, it } from 'node:test';
import { createApp } from '../../src/app/create-app.ts';
import { RateLimiter } from '../../src/server/rate-limiter.ts';
import { startServer } from '../../src/app/start-server.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { openStore } from '../../src/store/open-store.ts';
import { nestedArrays } from '../fixtures/hostile/hostile-inputs.ts';
import { fixtureIngest } from './fixture-ingest.ts';
import { nullAnalyser, testApp } from './test-app.ts';
import { tokenFor, withToken } from './test-credentials.ts';

const json = { 'content-type': 'application/json' };

/** A GET with a chosen Host header, over a real socket (fetch will not send a foreign Host). */
function getWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/api/me`, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Host allow-list and Origin check (DNS rebinding)', () => {
  it('should refuse a foreign Host and serve loopback names and configured ones', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    const server = await startServer({
      store,
      port: 0,
      logger: silentLogger,
      analyser: nullAnalyser,
      allowedHosts: ['concord.example'],
    });
    try {
      const port = new URL(server.url).port;
      assert.equal(await getWithHost(server.url, `evil.example:${port}`), 400);
      assert.equal(await getWithHost(server.url, `127.0.0.1:${port}`), 200);
      assert.equal(await getWithHost(server.url, `localhost:${port}`), 200);
      assert.equal(await getWithHost(server.url, `concord.example:${port}`), 200);
    } finally {
      await server.close();
      await store.close();
    }
  });

  it('should refuse a same-origin POST whose Origin is a host not on the list', async () => {
    const { app, store } = await testApp();
    const post = (origin: string) =>
      app.request('http://localhost:8080/api/documents', {
        method: 'POST',
        headers: { ...json, origin, 'sec-fetch-site': 'same-origin' },
        body: JSON.stringify({ text: 'The Parties met.' }),
      });
    const refused = await post('http://evil.example:8080');
    assert.equal(refused.status, 403);
    assert.equal((await refused.json()).code, 'cross-site-request');
    assert.equal((await post('http://localhost:9999')).status, 403);
    assert.equal((await post('http://localhost:8080')).status, 201);
    await store.close();
  });
});

describe('decision payloads are validated and size-capped', () => {
  const decide = (app: Awaited<ReturnType<typeof testApp>>['app'], body: string) =>
    app.request('/api/decisions', { method: 'POST', headers: json, body });

  it('should answer 100,000 nested [ (200 KB) with a 413 and 1,000 with a 400 problem, never a 500', async () => {
    const { app, store, errors } = await testApp();
    assert.equal((await decide(app, nestedArrays(100_000))).status, 413);
    const res = await decide(app, nestedArrays(1000));
    assert.equal(res.status, 400);
    assert.match((await res.json()).detail, /nests deeper than 32/);
    assert.deepEqual(errors, []);
    await store.close();
  });

  it('should refuse a body over 64 KiB with 413, and extra or oversized payload fields with 400', async () => {
    const { app, store } = await testApp();
    const huge = JSON.stringify({ target: 'entity:x', action: 'rename', payload: { name: 'x'.repeat(70_000) } });
    assert.equal((await decide(app, huge)).status, 413);
    const extra = { target: 'entity:x', action: 'rename', payload: { name: 'Y', junk: [[1]] } };
    const res = await decide(app, JSON.stringify(extra));
    assert.equal(res.status, 400);
    assert.match((await res.json()).detail, /junk/);
    const long = { target: 'entity:x', action: 'add-alias', payload: { alias: 'a'.repeat(501) } };
    assert.equal((await decide(app, JSON.stringify(long))).status, 400);
    await store.close();
  });
});

describe('per-client rate limits', () => {
  it('should refill a bucket with time and say how long to wait', () => {
    const limiter = new RateLimiter({ burst: 2, perSecond: 0.5 });
    assert.equal(limiter.take('a', 0), 0);
    assert.equal(limiter.take('a', 0), 0);
    assert.equal(limiter.take('a', 0), 2);
    assert.equal(limiter.take('b', 0), 0, 'another client has its own bucket');
    assert.equal(limiter.take('a', 2000), 0, 'one token back after 2 s');
  });

  it('should answer 429 with Retry-After once a client spends its burst of writes', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    const slow = { burst: 2, perSecond: 0.01 };
    const rateLimits = { imports: slow, writes: slow, reads: { burst: 100, perSecond: 100 } };
    const token = await tokenFor(store);
    const app = withToken(createApp({ store, analyser: nullAnalyser, ingest: fixtureIngest, rateLimits }), token);
    const post = () => app.request('/api/decisions', { method: 'POST', headers: json, body: '{}' });
    assert.equal((await post()).status, 400);
    assert.equal((await post()).status, 400);
    const limited = await post();
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '100');
    assert.equal((await limited.json()).code, 'rate-limited');
    assert.equal((await app.request('/api/documents')).status, 200, 'reads have their own bucket');
    await store.close();
  });
});

describe('connection timeouts', () => {
  it('should close connections that never finish their headers, and keep serving others', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    const server = await startServer({
      store,
      port: 0,
      logger: silentLogger,
      analyser: nullAnalyser,
      timeouts: { headersMs: 300 },
    });
    const { port } = new URL(server.url);
    try {
      const closed = Array.from(
        { length: 30 },
        () =>
          new Promise<void>((resolve) => {
            const socket = connect(Number(port), '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: loc'));
            socket.resume(); // read the 408 the server sends, so its close reaches us
            socket.on('close', () => resolve());
            socket.on('error', () => {});
          }),
      );
      assert.equal((await fetch(`${server.url}/api/me`)).status, 200);
      // Resolves only if the server closes every slow connection (the test runner's timeout fails it otherwise).
      await Promise.all(closed);
    } finally {
      await server.close();
      await store.close();
    }
  });
});
