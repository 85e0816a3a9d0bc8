/**
 * @module store-contract-entity-index.test
 * The entity index (migration 100) on every dialect: after batch writes, re-analysis and
 * deletion it equals the counts taken from the mentions themselves, so it cannot go stale.
 */
import assert from 'node:assert/strict';
import { analysis, mention } from './store-fixtures.ts';
import { storeContract } from './store-contract.ts';
import { assertIndexFresh, recordWith } from './entity-index-checks.ts';

const TEXTS = {
  d_a: 'China and Kazakhstan met. China signed. The PRC agreed.',
  d_b: 'Kazakhstan hosted China in Astana.',
  d_c: 'Astana welcomed the talks; Kazakhstan chaired.',
};

function recordOf(id: keyof typeof TEXTS, mentions: [string, string][]) {
  return recordWith(id, TEXTS[id], mentions);
}

await storeContract('entity index', (it) => {
  it('should count mentions, documents and spellings as batches are written', async (store) => {
    await store.putDocuments([
      recordOf('d_a', [
        ['China', 'country:CN'],
        ['Kazakhstan', 'country:KZ'],
        ['China', 'country:CN'],
        ['PRC', 'country:CN'],
      ]),
      recordOf('d_b', [
        ['Kazakhstan', 'country:KZ'],
        ['China', 'country:CN'],
        ['Astana', 'city:astana'],
      ]),
    ]);
    const { items, total } = await store.entities.page({ limit: 10, offset: 0 });
    assert.equal(total, 3);
    assert.deepEqual(
      items.map((e) => [e.id, e.mentionCount, e.documentCount]),
      [
        ['country:CN', 4, 2],
        ['country:KZ', 2, 2],
        ['city:astana', 1, 1],
      ],
    );
    assert.deepEqual((await store.entities.spellings(['country:CN'])).get('country:CN'), ['China', 'PRC']);
    await assertIndexFresh(store);
  });

  it('should stay equal to the mentions after re-analysis and deletion', async (store) => {
    await store.putDocuments([
      recordOf('d_a', [
        ['China', 'country:CN'],
        ['Kazakhstan', 'country:KZ'],
      ]),
      recordOf('d_b', [
        ['Kazakhstan', 'country:KZ'],
        ['Astana', 'city:astana'],
      ]),
    ]);
    await store.putDocument(recordOf('d_c', [['Astana', 'city:astana']]));
    await assertIndexFresh(store);
    // Re-analysis: d_a now links PRC and China to one entity and Kazakhstan no more.
    const text = TEXTS.d_a;
    await store.putAnalysis(
      'd_a',
      analysis({
        entities: [mention(text, 'PRC', 'country:CN'), mention(text, 'China', 'country:CN')],
      }),
    );
    await assertIndexFresh(store);
    assert.deepEqual(
      (await store.entities.get(['country:KZ'])).map((e) => [e.mentionCount, e.documentCount]),
      [[1, 1]],
    );
    assert.equal(await store.deleteDocument('d_b', 'tester'), true);
    await assertIndexFresh(store);
    assert.deepEqual(await store.entities.get(['country:KZ']), [], 'an entity no document mentions leaves the index');
    assert.deepEqual(
      (await store.entities.get(['city:astana'])).map((e) => [e.mentionCount, e.documentCount]),
      [[1, 1]],
    );
  });

  it('should stay equal to the mentions when large batches go over two connections at once', async (store) => {
    // 60 documents: written by COPY in two slices on two connections, both counting the same entities.
    const names: [string, string][] = [
      ['China', 'country:CN'],
      ['Kazakhstan', 'country:KZ'],
      ['Astana', 'city:astana'],
      ['Uzbekistan', 'country:UZ'],
    ];
    const batch = (from: number) =>
      Array.from({ length: 60 }, (_, i) => {
        const n = from + i;
        const present = names.filter((_, k) => (n + k) % 3 !== 0);
        const text = `${present.map(([surface]) => surface).join(' and ')} met in round ${n}.`;
        return recordWith(`d_${n}`, text, present);
      });
    const outcomes = await Promise.all([store.putDocuments(batch(0)), store.putDocuments(batch(30))]);
    assert.ok(outcomes.flat().every((o) => o.ok));
    await assertIndexFresh(store);
    assert.equal((await store.entities.get(['country:CN']))[0].documentCount, 60);
  });

  it('should filter by type and by any spelling, and page with a total', async (store) => {
    await store.putDocuments([
      recordOf('d_a', [
        ['China', 'country:CN'],
        ['PRC', 'country:CN'],
        ['Kazakhstan', 'country:KZ'],
      ]),
      recordOf('d_b', [['Astana', 'city:astana']]),
    ]);
    const bySpelling = await store.entities.page({ text: 'prc', limit: 10, offset: 0 });
    assert.deepEqual(
      bySpelling.items.map((e) => e.id),
      ['country:CN'],
    );
    const second = await store.entities.page({ type: 'country', limit: 1, offset: 1 });
    assert.equal(second.total, 2);
    assert.deepEqual(
      second.items.map((e) => e.id),
      ['country:KZ'],
    );
    const excluded = await store.entities.page({ exclude: ['country:CN'], limit: 10, offset: 0 });
    assert.deepEqual(excluded.items.map((e) => e.id).sort(), ['city:astana', 'country:KZ']);
  });

  it('should rank the entities that share documents', async (store) => {
    await store.putDocuments([
      recordOf('d_a', [
        ['China', 'country:CN'],
        ['Kazakhstan', 'country:KZ'],
      ]),
      recordOf('d_b', [
        ['Kazakhstan', 'country:KZ'],
        ['China', 'country:CN'],
        ['Astana', 'city:astana'],
      ]),
      recordOf('d_c', [['Astana', 'city:astana']]),
    ]);
    const shared = await store.entities.coOccurring({ entityId: 'country:CN' }, [], 5);
    assert.deepEqual(
      shared.map((e) => [e.id, e.documents]),
      [
        ['country:KZ', 2],
        ['city:astana', 1],
      ],
    );
    const inDocs = await store.entities.coOccurring({ documentIds: ['d_b', 'd_c'] }, ['country:KZ'], 5);
    assert.deepEqual(
      inDocs.map((e) => [e.id, e.documents]),
      [
        ['city:astana', 2],
        ['country:CN', 1],
      ],
    );
  });
});
