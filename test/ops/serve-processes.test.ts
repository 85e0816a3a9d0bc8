/**
 * @module serve-processes.test
 * `concord serve --processes 2` on a new SQLite store: it prints one address, both processes
 * answer (the log lines name their pids), a write through one is read through the other, and
 * SIGTERM to the primary stops every process with code 0.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { setTimeout } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open-store.ts';
import { bearer, tokenFor } from '../server/test-credentials.ts';
import { jsonLines, type Running, startConcord } from './processes.ts';

const env = { CONCORD_LOG: 'json', CONCORD_RATE_LIMITS: 'off', CONCORD_WATCH: 'off', CONCORD_PROCESSES: '' };

/** One request on a new connection (the primary hands each connection to the next process). */
function fresh(url: string, method = 'GET', headers: Record<string, string> = {}, body?: string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(url, { method, headers: { ...headers, connection: 'close' }, agent: false }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('concord serve with two processes', { timeout: 90_000 }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'concord-processes-'));
  const db = join(folder, 'store.db');
  let server: Running;
  let url: string;
  let auth: Record<string, string>;

  before(async () => {
    const store = await openStore({ sqlitePath: db });
    auth = bearer(await tokenFor(store, 'analyst'));
    await store.close();
    server = startConcord(['--db', db, 'serve', '--port', '0', '--processes', '2', '--no-worker'], env);
    url = (await server.waitFor(/listening on (http:\S+)/))[1];
  });
  after(async () => {
    await server?.stop('SIGKILL').catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
  });

  test('should serve from both processes, share writes, and stop cleanly', async () => {
    assert.equal((await fresh(`${url}/readyz`)).status, 200);
    const source = JSON.stringify({ url: 'https://example.org/feed.xml', kind: 'feed', intervalMinutes: 60 });
    const created = await fresh(`${url}/api/sources`, 'POST', { ...auth, 'content-type': 'application/json' }, source);
    assert.equal(created.status, 201, created.text);
    for (let i = 0; i < 6; i++) {
      const listed = await fresh(`${url}/api/sources`, 'GET', auth);
      assert.equal(listed.status, 200);
      assert.match(listed.text, /example\.org\/feed\.xml/, `request ${i} sees the new source`);
    }
    // Log lines come through a pipe, answers through sockets: wait for the lines to arrive.
    const gets = () => jsonLines(server.stdout()).filter((l) => l.msg === 'request' && l.method === 'GET');
    for (let waited = 0; gets().length < 6 && waited < 10_000; waited += 50) await setTimeout(50);
    const reads = gets();
    assert.equal(reads.length, 6);
    assert.equal(new Set(reads.map((l) => l.pid)).size, 2, 'both processes answered');
    assert.equal(await server.stop('SIGTERM'), 0);
    assert.equal(jsonLines(server.stdout()).filter((l) => l.level === 'error').length, 0, server.stdout());
  });
});
