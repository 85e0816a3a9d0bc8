/**
 * @module entity-index-checks
 * Helpers of the entity index's contract tests: documents with given mentions, and the check
 * that the index (summaries, documents, spellings, pairs) equals what the mentions say.
 */
import assert from 'node:assert/strict';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import { analysis, mention, record } from './store-fixtures.ts';

/** A document whose mentions are the given (surface, entity) pairs, in text order. */
export function recordWith(id: string, text: string, mentions: [string, string][]) {
  const seen = new Map<string, number>();
  const annotations = mentions.map(([surface, entityId]) => {
    // The n-th occurrence of a repeated surface.
    const from = seen.get(surface) ?? 0;
    const start = text.indexOf(surface, from);
    seen.set(surface, start + surface.length);
    const m = mention(text.slice(start), surface, entityId);
    const type = entityId.split(':')[0];
    return { ...m, value: { ...(m.value as object), type }, start, end: start + surface.length };
  });
  return record(id, [{ kind: 'paragraph', text }], {}, { analysis: analysis({ entities: annotations }) });
}

/** What the index should hold, counted from the stored mentions. */
async function countedFromMentions(store: KyselyStore) {
  const mentions = await store.getAnnotations({ layer: 'entities' });
  const out = new Map<string, { mentions: number; documents: Set<string>; spellings: Map<string, number> }>();
  for (const m of mentions) {
    const id = (m.value as { entityId: string }).entityId;
    const e = out.get(id) ?? { mentions: 0, documents: new Set(), spellings: new Map() };
    e.mentions++;
    e.documents.add(m.documentId);
    e.spellings.set(m.surface!, (e.spellings.get(m.surface!) ?? 0) + 1);
    out.set(id, e);
  }
  return out;
}

/** Asserts that the entity index equals the counts taken from the stored mentions. */
export async function assertIndexFresh(store: KyselyStore): Promise<void> {
  const expected = await countedFromMentions(store);
  const { items, total } = await store.entities.page({ limit: 100, offset: 0 });
  assert.equal(total, expected.size);
  const spellings = await store.entities.spellings(items.map((e) => e.id));
  for (const e of items) {
    const want = expected.get(e.id);
    assert.ok(want, `${e.id} is in the index but no longer mentioned`);
    assert.equal(e.mentionCount, want.mentions, `${e.id} mentions`);
    assert.equal(e.documentCount, want.documents.size, `${e.id} documents`);
    assert.deepEqual(new Set(spellings.get(e.id)), new Set(want.spellings.keys()), `${e.id} spellings`);
  }
  for (const [id, want] of expected) {
    assert.deepEqual((await store.entities.documentIds(id)).sort(), [...want.documents].sort(), `${id} documents`);
    const shared = [...expected]
      .filter(([other]) => other !== id)
      .map(([other, o]) => [other, [...o.documents].filter((d) => want.documents.has(d)).length] as const)
      .filter(([, n]) => n > 0);
    const pairs = await store.entities.coOccurring({ entityId: id }, [], 100);
    assert.deepEqual(new Map(pairs.map((p) => [p.id, p.documents])), new Map(shared), `${id} shares documents`);
  }
}
