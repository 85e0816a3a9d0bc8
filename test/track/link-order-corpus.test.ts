/**
 * @module link-order-corpus.test
 * Issue 10: a small invented corpus (promises of three meetings, a repeat of one, two reports
 * and an unrelated note) ingested in several orders gives the same links, also when a document
 * is read against only its best matched promise (the cut that keeps linking cheap); and the two
 * directions of the tracker's term indexes agree pair by pair: a later document finds a promise
 * (`commitmentsWithTerms`) exactly when the promise finds that document (`laterDocumentsNaming`),
 * which is what makes the order not matter.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import { laterDocumentsNaming } from '../../src/track/document-term-index.ts';
import { documentTerms } from '../../src/track/examine-pair.ts';
import { implementationLexicon } from '../../src/track/implementation-lexicon.ts';
import { loadTrackedDocument } from '../../src/track/tracked-document.ts';
import { TrackingRepository, trackingDb } from '../../src/track/tracking-repository.ts';
import { testDialects } from '../store/store-dialects.ts';
import { linkedStores } from './linked-stores.ts';
import { doc } from './track-documents.ts';

const corpus = [
  doc(
    'd_seed_promise',
    '2031-02-10',
    'event:k1',
    ['Ministers met in Astana.', 'They will open a regional seed bank in Khujand and train customs officers together.'],
    [{ at: 1 }],
  ),
  doc(
    'd_forum_promise',
    '2031-05-04',
    'event:k2',
    ['Ministers met in Dushanbe.', 'They will hold the Fourth Mountain Forum in Naryn in October 2031.'],
    [{ at: 1, ref: { name: 'Fourth Mountain Forum', date: '2031-10' } }],
  ),
  doc('d_seed_report', '2031-07-01', 'event:k3', [
    'Officials met in Khujand.',
    'A regional seed bank was opened in Khujand on Monday.',
  ]),
  doc(
    'd_customs_repeat',
    '2031-09-01',
    'event:k4',
    ['Ministers met in Ashgabat.', 'They will train customs officers together next year.'],
    [{ at: 1 }],
  ),
  doc('d_forum_report', '2031-10-20', 'event:k5', [
    'Delegations gathered in Naryn.',
    'The fourth mountain forum was held in Naryn on 18 October.',
    'Customs officers of the five countries were trained together in Termez.',
  ]),
  doc('d_note', '2031-11-02', 'event:k6', ['A new bridge over the river was opened.']),
];

const links = async (store: KyselyStore) =>
  (await new TrackingRepository(trackingDb(store)).links()).map((l) => `${l.key} ${l.kind} ${l.rule}`).sort();

/** A fixed shuffle (a linear congruential generator), so a failing order can be run again. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

for (const dialect of await testDialects()) {
  describe(`an invented corpus in any arrival order (${dialect.name})`, { skip: dialect.skip }, () => {
    const open = linkedStores(dialect);

    it('gives identical links whichever order its documents arrive in', async () => {
      const inOrder = await links(await open(corpus));
      assert.ok(inOrder.length >= 2, `expected the seed bank and the forum reports linked, got ${inOrder.join(', ')}`);
      for (const order of [[...corpus].reverse(), shuffled(corpus, 7), shuffled(corpus, 11)])
        assert.deepEqual(await links(await open(order)), inOrder, order.map((d) => d.document.id).join(' '));
    });

    const cut = linkedStores(dialect, { read: 1 });
    it('cuts the promises a document is read against the same way whichever order they arrive in', async () => {
      const inOrder = await links(await cut(corpus));
      const perDocument = async (store: KyselyStore) => {
        const n = new Map<string, number>();
        for (const l of await new TrackingRepository(trackingDb(store)).links())
          n.set(l.evidence.documentId, (n.get(l.evidence.documentId) ?? 0) + 1);
        return n;
      };
      const reversed = await cut([...corpus].reverse());
      assert.ok(inOrder.length >= 1);
      assert.ok([...(await perDocument(reversed)).values()].every((n) => n === 1));
      assert.deepEqual(await links(reversed), inOrder);
      assert.deepEqual(await links(await cut(shuffled(corpus, 5))), inOrder);
    });

    it('finds a pair from the promise exactly when it finds it from the later document', async () => {
      const store = await open(shuffled(corpus, 3));
      const repo = new TrackingRepository(trackingDb(store));
      const lex = implementationLexicon();
      const promises = await repo.commitments();
      assert.ok(promises.length >= 3);
      for (const d of corpus) {
        const later = (await loadTrackedDocument(store, d.document.id))!;
        const found = new Set(
          (await repo.commitmentsWithTerms(documentTerms(later, lex), later.date!)).map((c) => c.key),
        );
        for (const c of promises) {
          const fromPromise = (await laterDocumentsNaming(repo.db, c)).includes(later.documentId);
          assert.equal(fromPromise, found.has(c.key), `${c.key} and ${later.documentId}`);
        }
      }
    });
  });
}
