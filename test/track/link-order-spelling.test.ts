/**
 * @module link-order-spelling.test
 * Issue 10: a promise and a later report give the same links whichever arrives first. The
 * report's side finds the promise by compared word forms ("exerciz" for "exercises"); the
 * promise's side once searched the store's full text, where a form cut by normalising is not
 * a prefix of the word as written; both sides now read the same compared forms (the term
 * indexes of migrations 050 and 230).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import { TrackingRepository, trackingDb } from '../../src/track/tracking-repository.ts';
import { testDialects } from '../store/store-dialects.ts';
import { linkedStores } from './linked-stores.ts';
import { doc } from './track-documents.ts';

const links = async (store: KyselyStore) =>
  (await new TrackingRepository(trackingDb(store)).links()).map((l) => `${l.key} ${l.kind} ${l.rule}`).sort();

/** A promise of regular joint exercises, and a later report of one held; invented texts. */
const promised = doc(
  'd_drills_promise',
  '2031-02-01',
  'event:q1',
  ['Ministers met in Almaty.', 'We will hold regular joint exercises of our border services.'],
  [{ at: 1 }],
);
const held = doc('d_drills_held', '2031-06-12', 'event:q2', [
  'Border guards of both countries met on Monday.',
  'They began their first joint exercise of the year near the border.',
]);

for (const dialect of await testDialects()) {
  describe(`a promise and its report in either order (${dialect.name})`, { skip: dialect.skip }, () => {
    const open = linkedStores(dialect);
    it('links the report whether it arrives after the promise or before it', async () => {
      const inOrder = await links(await open([promised, held]));
      assert.ok(inOrder.length >= 1, 'expected the exercise report linked to the promise');
      assert.deepEqual(await links(await open([held, promised])), inOrder);
    });
  });
}
