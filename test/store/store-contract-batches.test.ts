/**
 * @module store-contract-batches.test
 * The store contract for `putDocuments`, on every dialect: a batch stores what a document-by-
 * document write stores, each document is atomic, and a bad document — refused before the
 * database or failing inside it — fails alone while the others are stored.
 */
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import type { DocumentRecord } from '../../src/store/store.ts';
import { analysis, mention, record } from './store-fixtures.ts';
import { COOPERATION, counts, storeContract } from './store-contract.ts';

/** A small document `n` with one entity mention, found by the word `batchword<n>`. */
function numbered(n: number, annotationSource = 'entities:test'): DocumentRecord {
  const text = `Kazakhstan signs batchword${n} and batchshared.`;
  const rec = record(`d_batch_${n}`, [{ kind: 'paragraph', label: 'p1', text }], { title: `Batch ${n}` });
  const m = { ...mention(rec.document.text, 'Kazakhstan', 'country:kz'), source: annotationSource };
  return { ...rec, analysis: analysis({ entities: [m] }), source: new TextEncoder().encode(text) };
}

/** Makes the database itself refuse annotations whose source is `boom` (a failure mid-document). */
async function refuseBoomAnnotations(store: KyselyStore): Promise<void> {
  if (store.capabilities.fullText === 'fts5') {
    await sql`create trigger test_boom before insert on annotations when new.source = 'boom'
      begin select raise(abort, 'boom refused'); end`.execute(store.db);
    return;
  }
  await sql`create function test_boom() returns trigger language plpgsql as $$
    begin if new.source = 'boom' then raise exception 'boom refused'; end if; return new; end $$`.execute(store.db);
  await sql`create trigger test_boom before insert on annotations for each row execute function test_boom()`.execute(
    store.db,
  );
}

await storeContract('batch writes', (it) => {
  it('should store a batch as document-by-document writes would, and search it', async (store) => {
    const records = [1, 2, 3].map((n) => numbered(n));
    const outcomes = await store.putDocuments(records);
    assert.deepEqual(
      outcomes,
      records.map((r) => ({ ok: true, id: r.document.id, created: true })),
    );
    const all = await counts(store);
    assert.equal(all.documents, 3);
    assert.equal(all.sources, 3);
    assert.equal(all.annotations, 3);
    assert.equal(all.analysis_runs, 3);
    assert.equal((await store.search({ query: 'batchword2' })).items[0]?.documentId, 'd_batch_2');
    assert.equal((await store.search({ query: 'batchshared' })).total, 3);
    const stored = await store.getDocument('d_batch_3');
    assert.equal(stored?.document.text, records[2].document.text);
    assert.deepEqual(stored?.tree, records[2].tree);
    assert.deepEqual(await store.getSource('d_batch_1'), records[0].source);
    const annotations = await store.getAnnotations({ layer: 'entities', entityId: 'country:kz' });
    assert.deepEqual(
      annotations.map((a) => a.documentId),
      ['d_batch_1', 'd_batch_2', 'd_batch_3'],
    );
  });

  it('should report documents already stored, and repeats within a batch, as not created', async (store) => {
    await store.putDocument(numbered(1));
    const outcomes = await store.putDocuments([numbered(1), numbered(2), numbered(2)]);
    assert.deepEqual(
      outcomes.map((o) => o.ok && o.created),
      [false, true, false],
    );
    assert.equal((await counts(store)).documents, 2);
    assert.equal((await store.search({ query: 'batchword2' })).total, 1);
  });

  it('should refuse a document that cannot be stored and keep the others of its batch', async (store) => {
    const broken = { ...numbered(2), tree: { ...numbered(2).tree, end: 10_000 } };
    const outcomes = await store.putDocuments([numbered(1), broken, numbered(3)]);
    assert.equal(outcomes[1].ok, false);
    assert.match(!outcomes[1].ok ? outcomes[1].error : '', /outside the text/);
    assert.deepEqual(
      outcomes.map((o) => o.ok),
      [true, false, true],
    );
    assert.deepEqual((await store.listDocuments()).items.map((d) => d.id).sort(), ['d_batch_1', 'd_batch_3']);
  });

  it('should roll back a document the database refuses mid-way and store the rest', async (store) => {
    await refuseBoomAnnotations(store);
    const outcomes = await store.putDocuments([numbered(1), numbered(2, 'boom'), numbered(3)]);
    assert.deepEqual(
      outcomes.map((o) => o.ok),
      [true, false, true],
    );
    assert.match(!outcomes[1].ok ? outcomes[1].error : '', /boom refused/);
    // Nothing of the refused document: no row in any table, no passage in the index.
    assert.equal(await store.hasDocument('d_batch_2'), false);
    assert.equal((await store.search({ query: 'batchword2' })).total, 0);
    const all = await counts(store);
    assert.deepEqual([all.documents, all.sources, all.passages, all.annotations, all.analysis_runs], [2, 2, 2, 2, 2]);
    assert.equal((await store.search({ query: 'batchshared' })).total, 2);
    // putDocument throws the database's reason for a single document.
    await assert.rejects(store.putDocument(numbered(4, 'boom')), /boom refused/);
    assert.equal(await store.hasDocument('d_batch_4'), false);
  });

  it('should accept an empty batch and documents without analysis or source', async (store) => {
    assert.deepEqual(await store.putDocuments([]), []);
    const [outcome] = await store.putDocuments([COOPERATION]);
    assert.deepEqual(outcome, { ok: true, id: 'd_coop', created: true });
    assert.equal((await counts(store)).analysis_runs, 0);
  });

  it('should let two concurrent batches of the same documents store each once', async (store) => {
    const records = [1, 2, 3, 4].map((n) => numbered(n));
    const [a, b] = await Promise.all([store.putDocuments(records), store.putDocuments([...records].reverse())]);
    const createdById = new Map<string, number>();
    for (const o of [...a, ...b]) if (o.ok && o.created) createdById.set(o.id, (createdById.get(o.id) ?? 0) + 1);
    assert.deepEqual([...createdById.values()], [1, 1, 1, 1]);
    assert.equal((await counts(store)).passages, 4);
  });

  it('should keep the order and the atomicity of a large batch (cut into slices on PostgreSQL)', async (store) => {
    await refuseBoomAnnotations(store);
    await store.putDocument(numbered(7));
    const records = Array.from({ length: 80 }, (_, n) => numbered(n, n === 61 ? 'boom' : 'entities:test'));
    const outcomes = await store.putDocuments([...records, numbered(5)]);
    assert.deepEqual(
      outcomes.map((o) => o.id),
      [...records, numbered(5)].map((r) => r.document.id),
    );
    assert.deepEqual(
      outcomes.map((o, i) => (o.ok ? (o.created ? 'new' : 'had') : 'failed') + i),
      outcomes.map((_, i) => (i === 61 ? 'failed' : i === 7 || i === 80 ? 'had' : 'new') + i),
    );
    const all = await counts(store);
    assert.deepEqual([all.documents, all.passages, all.annotations], [79, 79, 79]);
    assert.equal((await store.search({ query: 'batchword61' })).total, 0);
    assert.equal((await store.search({ query: 'batchword60' })).total, 1);
  });

  it('should store a document written alone (one statement on PostgreSQL) as one of a batch', async (store) => {
    // A lone surrogate in a title: both paths store it alike, and neither refuses it.
    const odd = (n: number) => {
      const r = numbered(n);
      return { ...r, document: { ...r.document, meta: { ...r.document.meta, title: `Batch \uD800${n}` } } };
    };
    const batch = Array.from({ length: 30 }, (_, n) => odd(n));
    assert.ok((await store.putDocuments(batch)).every((o) => o.ok && o.created));
    for (const n of [40, 41]) assert.equal((await store.putDocument(odd(n))).created, true);
    const shape = async (id: string) => {
      const doc = await store.getDocument(id);
      const annotations = await store.getAnnotations({ layer: 'entities', documentId: id });
      return {
        title: doc?.title?.replace(/\d+$/, ''),
        tree: JSON.stringify(doc?.tree).replace(/batchword\d+/g, 'w'),
        annotations: annotations.map((a) => [a.start, a.end, a.source, a.confidence, a.value]),
        source: (await store.getSource(id))?.byteLength,
      };
    };
    const [fromBatch, alone] = [await shape('d_batch_12'), await shape('d_batch_40')];
    assert.ok(fromBatch.title?.startsWith('Batch \uFFFD'), fromBatch.title);
    assert.equal(fromBatch.annotations.length, 1);
    assert.deepEqual(alone, fromBatch);
    assert.equal((await store.search({ query: 'batchword41' })).items[0]?.documentId, 'd_batch_41');
    assert.equal((await counts(store)).analysis_runs, 32);
  });
});
