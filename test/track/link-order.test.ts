/**
 * @module link-order.test
 * Issue 10: the links of a store depend on its documents only, not on the order they arrived
 * in nor on how often they were linked. A promise's topic pair that many other texts also
 * promise ("seed banks" in five communiqués) used to count or not by how many promises the
 * store held at the time, so linking the same store again changed links; what a promise is
 * matched by now depends on its own text alone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import { linkDocument } from '../../src/track/link-document.ts';
import { THEME_SHARE } from '../../src/track/text-topics.ts';
import { TrackingRepository, trackingDb } from '../../src/track/tracking-repository.ts';
import { testDialects } from '../store/store-dialects.ts';
import { linkedStores } from './linked-stores.ts';
import { doc, promise, report, unrelated } from './track-documents.ts';
import { promises } from './track-fixtures.ts';

const links = async (store: KyselyStore) =>
  (await new TrackingRepository(trackingDb(store)).links()).map((l) => `${l.key} ${l.kind} ${l.rule}`).sort();

/** Five later communiqués promising seed banks again, and one reporting them opened. */
const echoes = [1, 2, 3, 4, 5].map((i) =>
  doc(
    `d_echo${i}`,
    `2030-0${i + 3}-01`,
    `event:e${i}`,
    [`Ministers met.`, 'We will open more seed banks.'],
    [{ at: 1 }],
  ),
);
const opened = doc('d_opened', '2030-11-02', 'event:m9', ['Ministers met.', 'Seed banks were opened last month.']);
const all = [promise, report, unrelated, ...echoes, opened];

for (const dialect of await testDialects()) {
  describe(`links whatever the arrival order (${dialect.name})`, { skip: dialect.skip }, () => {
    const open = linkedStores(dialect);

    it('gives the same links in any arrival order, and again when every document is linked once more', async () => {
      const first = await links(await open(all));
      assert.ok(first.some((l) => l.includes('fulfilled')));
      assert.ok(first.length >= 3, `expected the seed-bank reports linked, got ${first.join(', ')}`);
      for (const order of [[...all].reverse(), [opened, ...echoes, unrelated, report, promise], rotate(all, 4)]) {
        const store = await open(order);
        assert.deepEqual(await links(store), first);
        for (const r of all) await linkDocument(store, r.document.id);
        assert.deepEqual(await links(store), first, 'linking the same store a second time changed its links');
      }
    });
  });
}

describe("a text's own themes", () => {
  const texts = (n: number) =>
    [
      ...Array.from({ length: n }, (_, i) => `We will secure supply chains of crop ${i}.`),
      'We will open seed banks.',
    ].map((text, i) => ({ clause: String(i + 1), text }));
  it(`leaves out a pair ${THEME_SHARE} promises of one text share, and keeps a pair one promise names`, () => {
    const cs = promises(texts(THEME_SHARE));
    for (const c of cs.slice(0, -1)) assert.ok(!c.topics.includes('chain supply'), c.topics.join(', '));
    assert.ok(cs.at(-1)!.topics.includes('bank seed'), cs.at(-1)!.topics.join(', '));
  });
  it('keeps a pair fewer promises share', () => {
    const cs = promises(texts(THEME_SHARE - 1));
    assert.ok(cs[0].topics.includes('chain supply'), cs[0].topics.join(', '));
  });
});

function rotate<T>(xs: readonly T[], n: number): T[] {
  return [...xs.slice(n), ...xs.slice(0, n)];
}
