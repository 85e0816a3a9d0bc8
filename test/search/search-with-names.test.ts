/**
 * @module search-with-names.test
 * Name-aware search over the real knowledge base: a query naming a person in another spelling
 * or script finds the spelling the document prints, exact mode turns the widening off, the
 * widening is reported, and words that name nothing are searched as typed.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import { expandNames } from '../../src/search/name-expansion.ts';
import { searchWithNames } from '../../src/search/search-with-names.ts';
import { openStore } from '../../src/store/open-store.ts';
import { record } from '../store/store-fixtures.ts';

const kb = sharedKnowledgeBase();

describe('expandNames', () => {
  test('should widen a person named in another spelling or script to the spellings of the family name', () => {
    for (const query of ['Tokaev', 'Токаев', 'TOKAYEV']) {
      const { expansions } = expandNames(query, kb);
      assert.equal(expansions.length, 1, query);
      assert.equal(expansions[0].entityId, 'person:tokayev-kassym-jomart');
      const variants = expansions[0].variants.map((v) => v.toLowerCase());
      for (const spelling of ['tokayev', 'tokaev', 'токаев', '托卡耶夫'])
        assert.ok(variants.includes(spelling), `${query}: ${spelling} not in ${variants}`);
    }
  });

  test('should leave words that name nothing, OR groups and prefixes as written', () => {
    assert.deepEqual(expandNames('glacier conservation', kb).expansions, []);
    assert.deepEqual(expandNames('Tokaev OR glacier', kb).expansions, []);
    assert.deepEqual(expandNames('Tokae*', kb).expansions, []);
  });
});

describe('searchWithNames', () => {
  test('should find the printed spelling through another one, and not in exact mode', async (t) => {
    const store = await openStore({ sqlitePath: ':memory:' });
    t.after(() => store.close());
    await store.putDocument(
      record('d_tok', [{ kind: 'paragraph', text: 'President Tokayev opened the water forum in Astana.' }]),
    );
    await store.putDocument(record('d_other', [{ kind: 'paragraph', text: 'The water forum closed on Friday.' }]));

    const widened = await searchWithNames(store, kb, { query: 'Tokaev water' });
    assert.deepEqual(
      widened.items.map((h) => h.documentId),
      ['d_tok'],
    );
    assert.equal(widened.expansions[0]?.term, 'tokaev');
    const cyrillic = await searchWithNames(store, kb, { query: 'Токаев' });
    assert.equal(cyrillic.total, 1);

    const exact = await searchWithNames(store, kb, { query: 'Tokaev water', exact: true });
    assert.equal(exact.total, 0);
    assert.deepEqual(exact.expansions, []);
    assert.equal((await searchWithNames(store, kb, { query: 'water' })).total, 2);
  });
});
