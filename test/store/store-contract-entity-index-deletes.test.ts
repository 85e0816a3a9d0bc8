/**
 * @module store-contract-entity-index-deletes.test
 * The entity index (migrations 100 and 170) in a store of hundreds of documents sharing their
 * entities: deleting documents one by one, deleting mentions by re-analysis, and deleting the
 * last document of an entity leave it equal to the counts taken from the mentions, so a delete
 * touches exactly the rows of what it removes, however many others the store holds.
 */
import assert from 'node:assert/strict';
import { analysis, mention } from './store-fixtures.ts';
import { storeContract } from './store-contract.ts';
import { assertIndexFresh, recordWith } from './entity-index-checks.ts';

const NAMES: [string, string][] = [
  ['China', 'country:CN'],
  ['PRC', 'country:CN'],
  ['Kazakhstan', 'country:KZ'],
  ['Astana', 'city:astana'],
  ['Uzbekistan', 'country:UZ'],
  ['Tashkent', 'city:tashkent'],
  ['Kyrgyzstan', 'country:KG'],
  ['Bishkek', 'city:bishkek'],
];
const DOCUMENTS = 240;

/** Document n mentions a varying subset of the names (and one entity only document 13 has). */
function documentNumber(n: number) {
  const present = NAMES.filter((_, k) => (n * 7 + k * 3) % 5 !== 0);
  if (n === 13) present.push(['Dushanbe', 'city:dushanbe']);
  const text = `${present.map(([surface]) => surface).join(' and ')} met in round ${n}.`;
  return recordWith(`d_${n}`, text, present);
}

await storeContract('entity index deletes', (it) => {
  it('should stay equal to the mentions when documents and mentions are deleted from a large store', async (store) => {
    for (let from = 0; from < DOCUMENTS; from += 80)
      await store.putDocuments(Array.from({ length: 80 }, (_, i) => documentNumber(from + i)));
    await assertIndexFresh(store);
    // Deleted one by one (each its own statement), among them the only document of city:dushanbe.
    for (let n = 1; n < DOCUMENTS; n += 12) assert.equal(await store.deleteDocument(`d_${n}`, 'tester'), true);
    await assertIndexFresh(store);
    assert.deepEqual(await store.entities.get(['city:dushanbe']), [], 'an entity no document mentions leaves it');
    // Re-analysis deletes a document's mentions and writes fewer: one spelling of China goes.
    for (let n = 2; n < DOCUMENTS; n += 10) {
      const { document } = (await store.getDocument(`d_${n}`))!;
      const kept = ['China', 'Astana'].filter((surface) => document.text.includes(surface));
      const id = (surface: string) => NAMES.find(([s]) => s === surface)![1];
      await store.putAnalysis(
        `d_${n}`,
        analysis({ entities: kept.map((surface) => mention(document.text, surface, id(surface))) }),
      );
    }
    await assertIndexFresh(store);
  });
});
