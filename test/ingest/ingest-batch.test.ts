/**
 * @module ingest-batch.test
 * Batch ingest: good inputs are stored with one write, a bad input fails alone with the
 * reader's code, content already stored or repeated in the batch is reported as not created,
 * and outcomes keep the inputs' order.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyser } from '../../src/analyse/analyser.ts';
import { ingestBatch } from '../../src/ingest/ingest-batch.ts';
import { openStore } from '../../src/store/open-store.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('ingestBatch', () => {
  test('should store good inputs, fail a bad one alone and report repeats as not created', async (t) => {
    const store = await openStore({ sqlitePath: ':memory:' });
    t.after(() => store.close());
    const analyser = createAnalyser();
    const early = { bytes: encode('1. Kazakhstan and China agree to cooperate on water.\n'), fileName: 'early.txt' };
    await ingestBatch(store, [early], analyser);

    const outcomes = await ingestBatch(
      store,
      [
        { bytes: encode('1. The parties will meet in Astana.\n2. They welcome the summit.\n'), fileName: 'a.txt' },
        { bytes: new Uint8Array([0, 1, 2, 3, 0, 255, 0]), fileName: 'binary.bin' },
        early,
        { bytes: encode('1. The parties will meet in Astana.\n2. They welcome the summit.\n'), fileName: 'again.txt' },
      ],
      analyser,
    );
    assert.deepEqual(
      outcomes.map((o) => [o.fileName, o.ok, o.ok ? o.created : o.code]),
      [
        ['a.txt', true, true],
        ['binary.bin', false, 'binary'],
        ['early.txt', true, false],
        ['again.txt', true, false],
      ],
    );
    const stored = outcomes[0].ok ? outcomes[0] : undefined;
    assert.equal(stored?.clauses, 2);
    assert.equal((await store.listDocuments()).total, 2);
    const run = await store.getAnalysisRun(stored!.id);
    assert.ok(run && Object.keys(run.versions).length > 0, 'the analysis run is stored with the document');
    assert.equal((await store.search({ query: 'Astana' })).total, 1);
  });
});
