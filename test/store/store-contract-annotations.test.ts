/**
 * @module store-contract-annotations.test
 * The store contract, annotations and decisions, on every dialect.
 */
import assert from 'node:assert/strict';
import { analysis, mention, record } from './store-fixtures.ts';
import { COOPERATION, storeContract } from './store-contract.ts';

await storeContract('annotations and decisions', (it) => {
  it('should replace machine annotations with putAnalysis and keep decisions', async (store) => {
    const text = COOPERATION.document.text;
    await store.putDocument({
      ...COOPERATION,
      document: { ...COOPERATION.document, meta: { title: 'No kind' } },
      analysis: analysis({
        entities: [mention(text, 'China', 'country:CN'), mention(text, 'Kazakhstan', 'country:KZ')],
      }),
    });
    await store.addDecision({
      target: 'mention:d_coop:1:2',
      action: 'reject-mention',
      payload: {},
      by: 'bob',
      at: '2024-01-02T00:00:00Z',
    });
    const kindLayer = [
      {
        layer: 'documentKind',
        start: 0,
        end: 10,
        value: { kind: 'declaration' },
        source: 'kind:test',
        confidence: 0.8,
      },
    ];
    await store.putAnalysis(
      'd_coop',
      analysis({ entities: [mention(text, 'Astana', 'city:astana')], documentKind: kindLayer }, { entities: '2' }),
    );
    const entities = await store.getAnnotations({ layer: 'entities', documentId: 'd_coop' });
    assert.deepEqual(
      entities.map((a) => (a.value as { entityId: string }).entityId),
      ['city:astana'],
    );
    assert.equal(entities[0].documentId, 'd_coop');
    assert.equal(entities[0].confidence, 0.9);
    assert.equal(entities[0].source, 'entities:test');
    assert.equal((await store.listDecisions()).length, 1);
    assert.deepEqual((await store.getAnalysisRun('d_coop'))?.versions, { entities: '2' });
    assert.equal((await store.getAnalysisRun('d_coop'))?.diagnostics[0].message, 'fixture warning');
    assert.deepEqual(
      (await store.listDocuments({ kind: 'declaration' })).items.map((d) => d.id),
      ['d_coop'],
      'inferred kind used when none is declared',
    );
    await assert.rejects(store.putAnalysis('d_none', analysis({})), /unknown document "d_none"/);
  });

  it('should find annotations by entity id across documents, with a limit', async (store) => {
    for (const id of ['d_a', 'd_b']) {
      const rec = record(id, [{ kind: 'paragraph', text: `${id}: Kazakhstan and China and Kazakhstan.` }]);
      const second = rec.document.text.lastIndexOf('Kazakhstan');
      const again = { ...mention(rec.document.text, 'Kazakhstan', 'country:KZ'), start: second, end: second + 10 };
      await store.putDocument({
        ...rec,
        analysis: analysis({
          entities: [
            mention(rec.document.text, 'Kazakhstan', 'country:KZ'),
            mention(rec.document.text, 'China', 'country:CN'),
            again,
          ],
        }),
      });
    }
    const kz = await store.getAnnotations({ layer: 'entities', entityId: 'country:KZ' });
    assert.deepEqual(
      kz.map((a) => a.documentId),
      ['d_a', 'd_a', 'd_b', 'd_b'],
    );
    assert.ok(kz[0].start < kz[1].start);
    assert.equal((await store.getAnnotations({ layer: 'entities', entityId: 'country:KZ', limit: 3 })).length, 3);
    assert.equal((await store.getAnnotations({ layer: 'statements', entityId: 'country:KZ' })).length, 0);
    assert.equal((await store.getAnnotations({ layer: 'entities', documentId: 'd_b' })).length, 3);
    assert.deepEqual(await store.listDocumentIds(), ['d_a', 'd_b']);
  });

  it('should append decisions and refuse to change them', async (store) => {
    const first = await store.addDecision({
      target: 'entity:a',
      action: 'merge',
      payload: { into: 'entity:b' },
      by: 'alice',
      at: '2024-01-01T00:00:00Z',
      note: 'same person',
    });
    const second = await store.addDecision({
      target: 'entity:a',
      action: 'rename',
      payload: { name: 'A' },
      by: 'bob',
      at: '2024-01-02T00:00:00Z',
    });
    const third = await store.addDecision({
      target: 'entity:c',
      action: 'merge',
      payload: {},
      by: 'bob',
      at: '2024-01-03T00:00:00Z',
    });
    assert.ok(first.id! < second.id! && second.id! < third.id!);
    assert.equal(first.note, 'same person');
    assert.equal('note' in second, false);
    assert.deepEqual(await store.listDecisions(), [first, second, third]);
    assert.deepEqual(await store.listDecisions({ target: 'entity:a' }), [first, second]);
    assert.deepEqual(await store.listDecisions({ action: 'merge' }), [first, third]);
    assert.deepEqual(await store.listDecisions({ target: 'entity:a', action: 'merge' }), [first]);
    await assert.rejects(store.db.updateTable('decisions').set({ note: 'edited' }).execute(), /append-only/);
    await assert.rejects(store.db.deleteFrom('decisions').execute(), /append-only/);
    assert.equal((await store.listDecisions()).length, 3);
  });
});
