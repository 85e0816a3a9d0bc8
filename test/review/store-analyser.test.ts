import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/open-store.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import { createStoreAnalyser } from '../../src/review/store-analyser.ts';
import type { EntityMentionValue } from '../../src/model/layers.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const at = '2026-11-23T00:00:00Z';

describe('createStoreAnalyser (reviewed aliases improve later linking)', () => {
  test('should link a reviewer-added alias in documents ingested afterwards', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    const analyser = createStoreAnalyser(store);
    const mentionsOf = async (id: string, surface: string) => {
      const doc = await store.getDocument(id);
      return (await store.getAnnotations({ layer: 'entities', documentId: id }))
        .filter((a) => doc!.document.text.slice(a.start, a.end) === surface)
        .map((a) => (a.value as EntityMentionValue).entityId);
    };
    const first = await ingest(
      store,
      { bytes: bytes('Jappo Sadyrovich opened the forum in Bishkek on Monday.\n'), fileName: 'a.txt' },
      analyser,
    );
    assert.ok(first.ok);
    assert.deepEqual(
      await mentionsOf(first.id, 'Jappo Sadyrovich'),
      [],
      'an unknown spelling without a role cue is not linked before review',
    );

    await store.addDecision({
      target: 'entity:person:japarov-sadyr',
      action: 'add-alias',
      payload: { alias: 'Jappo Sadyrovich' },
      by: 'tester',
      at,
    });
    const second = await ingest(
      store,
      { bytes: bytes('Jappo Sadyrovich met the delegation in Osh on Tuesday.\n'), fileName: 'b.txt' },
      analyser,
    );
    assert.ok(second.ok);
    assert.deepEqual(await mentionsOf(second.id, 'Jappo Sadyrovich'), ['person:japarov-sadyr']);
    await store.close();
  });
});
