/**
 * @module store-contract-documents.test
 * The store contract, migrations, writing, reading and deleting documents, on every dialect.
 */
import assert from 'node:assert/strict';
import { storeMigrations } from '../../src/store/migrations/migration-provider.ts';
import { sqliteDialectConfig } from '../../src/store/sqlite/sqlite-dialect-config.ts';
import { analysis, mention, record } from './store-fixtures.ts';
import { COOPERATION, TABLES, counts, storeContract } from './store-contract.ts';

await storeContract('migrations, writing, reading and deleting documents', (it) => {
  it('should report its full-text capability', async (store) => {
    assert.ok(['fts5', 'tsvector'].includes(store.capabilities.fullText));
  });

  it('should make a second migrate a no-op that keeps the data', async (store) => {
    await store.putDocument(COOPERATION);
    await store.migrate();
    await store.migrate();
    const applied = await store.db
      .selectFrom('kysely_migration' as any)
      .select('name' as any)
      .execute();
    assert.deepEqual(
      applied.map((row: any) => row.name).sort(),
      Object.keys(storeMigrations(sqliteDialectConfig)).sort(),
    );
    assert.equal((await store.listDocuments()).total, 1);
  });

  it('should round-trip a document, its tree and source with offsets after an emoji', async (store) => {
    const source = new TextEncoder().encode('raw bytes 😀');
    const rec = record(
      'd_emoji',
      [
        { kind: 'paragraph', label: 'p1', text: 'Intro 🇰🇿 text.' },
        { kind: 'clause', label: '1', text: '1. The 🤝 Parties agree.' },
      ],
      { title: 'Emoji', kind: 'communique' },
      { prefix: '😀 ', source },
    );
    const clause = rec.tree.children[1];
    const tree = {
      ...rec.tree,
      children: [
        rec.tree.children[0],
        { ...clause, marker: { text: '1.', start: clause.start, end: clause.start + 2 }, notation: 'decimal' },
      ],
    };
    const withMarker = {
      ...rec,
      tree,
      analysis: analysis({ entities: [mention(rec.document.text, 'Parties', 'org:parties')] }),
    };
    assert.deepEqual(await store.putDocument(withMarker), { id: 'd_emoji', created: true });

    const stored = await store.getDocument('d_emoji');
    assert.ok(stored);
    assert.equal(stored.document.text, rec.document.text);
    assert.deepEqual(stored.document.meta, rec.document.meta);
    assert.deepEqual(stored.tree, tree);
    assert.equal(stored.length, rec.document.text.length);
    assert.equal(stored.clauseCount, 1);
    assert.match(stored.createdAt, /^\d{4}-\d\d-\d\dT/);
    const storedClause = stored.tree.children[1];
    assert.equal(stored.document.text.slice(storedClause.start, storedClause.end), '1. The 🤝 Parties agree.');
    assert.deepEqual(await store.getSource('d_emoji'), source);
    assert.ok((await store.getSource('d_emoji')) instanceof Uint8Array);

    const [a] = await store.getAnnotations({ layer: 'entities', documentId: 'd_emoji' });
    assert.equal(stored.document.text.slice(a.start, a.end), 'Parties');
    const { items } = await store.search({ query: 'parties' });
    assert.equal(items.length, 1);
    assert.equal(stored.document.text.slice(items[0].start, items[0].end), '1. The 🤝 Parties agree.');
    assert.equal(items[0].label, '1');
  });

  it('should tell whether a document is stored', async (store) => {
    assert.equal(await store.hasDocument('d_coop'), false);
    await store.putDocument(COOPERATION);
    assert.equal(await store.hasDocument('d_coop'), true);
    await store.deleteDocument('d_coop');
    assert.equal(await store.hasDocument('d_coop'), false);
  });

  it('should keep node rows for blocks but not for sentences, which the tree holds', async (store) => {
    const rec = record('d_sents', [{ kind: 'paragraph', label: 'p1', text: 'Leaders met. They agreed.' }]);
    const paragraph = rec.tree.children[0];
    const sentences = [
      { kind: 'sentence' as const, start: paragraph.start, end: paragraph.start + 12, children: [] },
      { kind: 'sentence' as const, start: paragraph.start + 13, end: paragraph.end, children: [] },
    ];
    const tree = { ...rec.tree, children: [{ ...paragraph, children: sentences }] };
    await store.putDocument({ ...rec, tree });
    const rows = await store.db
      .selectFrom('nodes')
      .select(['idx', 'parent_idx', 'kind'])
      .where('document_id', '=', 'd_sents')
      .orderBy('idx')
      .execute();
    assert.deepEqual(
      rows.map((r) => [Number(r.idx), r.parent_idx === null ? null : Number(r.parent_idx), r.kind]),
      [
        [0, null, 'root'],
        [1, 0, 'paragraph'],
      ],
    );
    assert.deepEqual((await store.getDocument('d_sents'))?.tree, tree);
  });

  it('should answer undefined for an unknown document', async (store) => {
    assert.equal(await store.getDocument('d_none'), undefined);
    assert.equal(await store.getSource('d_none'), undefined);
    assert.equal(await store.getAnalysisRun('d_none'), undefined);
  });

  it('should store the same document once and report created false', async (store) => {
    const first = {
      ...COOPERATION,
      analysis: analysis({ entities: [mention(COOPERATION.document.text, 'China', 'country:CN')] }),
    };
    assert.deepEqual(await store.putDocument(first), { id: 'd_coop', created: true });
    const before = await counts(store);
    const again = {
      ...COOPERATION,
      analysis: analysis({ entities: [mention(COOPERATION.document.text, 'Kazakhstan', 'country:KZ')] }),
    };
    assert.deepEqual(await store.putDocument(again), { id: 'd_coop', created: false });
    assert.deepEqual(await counts(store), before);
    assert.equal((await store.getAnnotations({ layer: 'entities', entityId: 'country:KZ' })).length, 0);
  });

  it('should let exactly one of two concurrent writers create a document', async (store) => {
    const results = await Promise.all([store.putDocument(COOPERATION), store.putDocument(COOPERATION)]);
    assert.deepEqual(results.map((r) => r.created).sort(), [false, true]);
    assert.equal((await counts(store)).documents, 1);
  });

  it('should roll back everything when a write fails mid-document', async (store) => {
    const bad = analysis({
      entities: [
        { layer: 'entities', start: 0, end: 5, value: { entityId: 'x', n: 1n }, source: 'test', confidence: 1 },
      ],
    });
    await assert.rejects(
      store.putDocument({ ...COOPERATION, source: new Uint8Array([1, 2]), analysis: bad }),
      /BigInt/,
    );
    assert.deepEqual(await counts(store), Object.fromEntries(TABLES.map((t) => [t, 0])));
    assert.equal((await store.search({ query: 'cooperation' })).total, 0);
    // The same document stores cleanly afterwards.
    assert.equal((await store.putDocument(COOPERATION)).created, true);
  });

  it('should refuse a tree whose spans fall outside the text', async (store) => {
    const broken = {
      ...COOPERATION,
      tree: { ...COOPERATION.tree, children: [{ kind: 'clause' as const, start: 5, end: 1e6, children: [] }] },
    };
    await assert.rejects(store.putDocument(broken), /outside the text/);
    assert.equal((await counts(store)).documents, 0);
  });

  it('should delete a document with everything hanging off it but keep decisions', async (store) => {
    await store.putDocument({
      ...COOPERATION,
      source: new Uint8Array([7]),
      analysis: analysis({ entities: [mention(COOPERATION.document.text, 'China', 'country:CN')] }),
    });
    await store.addDecision({
      target: 'entity:country:CN',
      action: 'rename',
      payload: { name: 'PRC' },
      by: 'alice',
      at: '2024-01-01T00:00:00Z',
    });
    assert.equal(await store.deleteDocument('d_coop'), true);
    assert.equal(await store.deleteDocument('d_coop'), false);
    assert.equal(await store.getDocument('d_coop'), undefined);
    assert.deepEqual(await counts(store), {
      documents: 0,
      sources: 0,
      nodes: 0,
      passages: 0,
      annotations: 0,
      analysis_runs: 0,
      decisions: 1,
    });
    assert.equal((await store.search({ query: 'cooperation' })).total, 0);
  });
});
