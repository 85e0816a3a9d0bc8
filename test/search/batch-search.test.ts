/**
 * @module batch-search.test
 * Batch search from a CSV through the API and the CLI: a header row is skipped, each row is
 * searched with names widened, hits come per row, and a broken or oversized CSV is refused.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { main } from '../../src/cli/main.ts';
import { MAX_BATCH_ROWS, batchQueries } from '../../src/search/batch-search.ts';
import { postText, testApp } from '../server/test-app.ts';

const TEXT = '1. President Tokayev opened the water forum in Astana.\n2. Glaciers are melting fast.\n';

describe('batchQueries', () => {
  test('should take the first column, skip a header and empty rows, and keep line numbers', () => {
    assert.deepEqual(batchQueries('query,note\nTokaev,a person\n\n"Central Asia, water",x\n'), [
      { row: 2, query: 'Tokaev' },
      { row: 3, query: 'Central Asia, water' },
    ]);
  });

  test('should refuse a malformed, empty or oversized CSV', () => {
    assert.throws(() => batchQueries('"unclosed\n'), /CSV could not be read/);
    assert.throws(() => batchQueries('query\n\n'), /holds no query/);
    assert.throws(
      () => batchQueries(Array.from({ length: MAX_BATCH_ROWS + 1 }, (_, i) => `w${i}`).join('\n')),
      /at most/,
    );
  });
});

describe('batch search', () => {
  test('should answer hits per row in the API and refuse a bad CSV with 400', async () => {
    const { app, store } = await testApp();
    try {
      await postText(app, { text: TEXT, title: 'Forum' });
      const res = await app.request('/api/search/batch?limit=2', {
        method: 'POST',
        headers: { 'content-type': 'text/csv' },
        body: 'name\nTokaev\nglaciers\nunicorns\n',
      });
      assert.equal(res.status, 200);
      const { rows } = await res.json();
      assert.deepEqual(
        rows.map((r: { row: number; query: string; total: number }) => [r.row, r.query, r.total]),
        [
          [2, 'Tokaev', 1],
          [3, 'glaciers', 1],
          [4, 'unicorns', 0],
        ],
      );
      assert.equal(rows[0].expansions[0].entityId, 'person:tokayev-kassym-jomart');
      assert.match(rows[1].hits[0].snippetHtml, /<mark>Glaciers<\/mark>/);
      const exact = await app.request('/api/search/batch?exact=1', { method: 'POST', body: 'Tokaev\n' });
      assert.equal((await exact.json()).rows[0].total, 0);
      const bad = await app.request('/api/search/batch', { method: 'POST', body: '"unclosed\n' });
      assert.equal(bad.status, 400);
      assert.match((await bad.json()).detail, /CSV could not be read/);
    } finally {
      await store.close();
    }
  });

  test('should print hits per row in the CLI', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-batch-'));
    try {
      const db = join(dir, 'b.db');
      writeFileSync(join(dir, 'forum.txt'), TEXT);
      writeFileSync(join(dir, 'names.csv'), 'Токаев\nglaciers\n');
      const out: string[] = [];
      const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s), isTTY: false };
      assert.equal(await main(['node', 'concord', '--db', db, 'ingest', join(dir, 'forum.txt')], io as never), 0);
      out.length = 0;
      assert.equal(await main(['node', 'concord', '--db', db, 'search-batch', join(dir, 'names.csv')], io as never), 0);
      const printed = out.join('\n');
      assert.match(printed, /row 1 {2}Токаев: 1 hits \(also [^)]*Tokayev/);
      assert.match(printed, /row 2 {2}glaciers: 1 hits/);
      assert.match(printed, /Glaciers are melting fast/);
    } finally {
      process.exitCode = 0;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
