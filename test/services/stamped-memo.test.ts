/**
 * @module stamped-memo.test
 * A whole-store read is computed once per state of the store: repeated and concurrent reads
 * share it, and each kind of change (a new document, an analysis run again, a decision, a
 * deletion) makes the next read compute afresh. Over an in-memory SQLite store.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyser } from '../../src/analyse/analyser.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import { stampedMemo } from '../../src/services/stamped-memo.ts';
import { listStatements } from '../../src/services/statements-query.ts';
import { openStore } from '../../src/store/open-store.ts';

const fixtures = fileURLToPath(new URL('../fixtures/claims/', import.meta.url));
const analyser = createAnalyser();

describe('stampedMemo', () => {
  test('should compute once per state of the store and again after each kind of change', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    let computed = 0;
    const read = () => stampedMemo(store, 'k', async () => ++computed);
    const put = async (fileName: string) => {
      const outcome = await ingest(store, { bytes: readFileSync(`${fixtures}${fileName}`), fileName }, analyser);
      assert.ok(outcome.ok);
      return outcome.ok ? outcome.id : '';
    };

    assert.deepEqual(await Promise.all([read(), read()]), [1, 1], 'concurrent reads share one computation');
    assert.equal(await read(), 1);
    const id = await put('c5plus1-joint-statement.txt');
    assert.equal(await read(), 2, 'a new document');
    const stored = await store.getDocument(id);
    assert.ok(stored);
    await store.putAnalysis(id, analyser.analyse(stored.document, stored.tree));
    assert.equal(await read(), 3, 'the analysis run again');
    await store.addDecision({ target: `statement:${id}:0:1`, action: 'note', payload: {}, by: 't', at: 'x' });
    assert.equal(await read(), 4, 'a decision');
    await store.deleteDocument(id, 't');
    assert.equal(await read(), 5, 'a deletion');
    assert.equal(await read(), 5);
  });

  test('should not keep a failed computation', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    await assert.rejects(
      stampedMemo(store, 'k', () => Promise.reject(new Error('boom'))),
      /boom/,
    );
    assert.equal(await stampedMemo(store, 'k', async () => 'ok'), 'ok');
  });

  test('should give the statements listing of the store as it is after a change', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    const page = { limit: 5, offset: 0 };
    assert.equal((await listStatements(store, {}, page)).total, 0);
    const fileName = 'c5plus1-joint-statement.txt';
    await ingest(store, { bytes: readFileSync(`${fixtures}${fileName}`), fileName }, analyser);
    assert.ok((await listStatements(store, {}, page)).total > 0);
  });

  test('should see a change committed by another connection (another server process)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'concord-memo-'));
    // One after the other: the first migrates the new file.
    const reader = await openStore({ sqlitePath: join(folder, 's.db') });
    const writer = await openStore({ sqlitePath: join(folder, 's.db') });
    try {
      let computed = 0;
      const read = () => stampedMemo(reader, 'k', async () => ++computed);
      assert.equal(await read(), 1);
      assert.equal(await read(), 1);
      await writer.addDecision({ target: 'statement:d_x:0:1', action: 'note', payload: {}, by: 't', at: 'x' });
      assert.equal(await read(), 2);
    } finally {
      await Promise.all([reader.close(), writer.close()]);
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
