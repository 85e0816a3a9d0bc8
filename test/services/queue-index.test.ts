/**
 * The review queue's indexed list (migration 110) on every test database: built on the first
 * look, a decision closes its item without a rebuild, a new or deleted document rebuilds only
 * the groups whose stamp changed (a page that does not wait answers from before, marked stale),
 * and pages and counts come from the index in rank order.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { decideQueueItem, listQueue } from '../../src/services/review-queue.ts';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import { linkDocument } from '../../src/track/link-document.ts';
import { trackingDb } from '../../src/track/tracking-repository.ts';
import { testDialects } from '../store/store-dialects.ts';
import { promise, report, unrelated } from '../track/track-documents.ts';

const stamps = async (store: KyselyStore) =>
  Object.fromEntries(
    (await trackingDb(store).selectFrom('queue_sources').select(['grp', 'stamp']).execute()).map((r) => [
      r.grp,
      r.stamp,
    ]),
  );

for (const dialect of await testDialects()) {
  describe(`review queue index (${dialect.name})`, { skip: dialect.skip }, () => {
    const stores: KyselyStore[] = [];
    after(async () => {
      for (const s of stores) await dialect.dispose(s);
    });

    test('decisions close items at once; documents rebuild the stale groups only', async () => {
      const store = await dialect.open();
      stores.push(store);
      for (const r of [promise, report]) await store.putDocument(r);
      for (const r of [promise, report]) await linkDocument(store, r.document.id);
      const first = await listQueue(store, { limit: 200 });
      assert.ok(first.total >= 4, `items: ${first.total}`);
      assert.deepEqual(
        first.items.map((i) => i.priority),
        [...first.items.map((i) => i.priority)].sort((a, b) => b - a),
        'most urgent first',
      );
      const built = await stamps(store);
      assert.deepEqual(Object.keys(built).sort(), ['claims', 'entities', 'meetings', 'statements', 'tracker']);

      const sectors = first.items.find((i) => i.kind === 'statement-sectors');
      assert.ok(sectors);
      await decideQueueItem(store, { item: sectors.id, action: 'reject' }, 'rita');
      const afterDecision = await listQueue(store, { limit: 200 });
      assert.equal(afterDecision.total, first.total - 1);
      assert.ok(!afterDecision.items.some((i) => i.id === sectors.id));
      const { decisions: _mark, ...unchanged } = await stamps(store);
      assert.deepEqual(unchanged, built, 'a statement decision rebuilds nothing');

      await store.putDocument(unrelated);
      await linkDocument(store, unrelated.document.id);
      const before = await listQueue(store, { limit: 200 }, { wait: false });
      assert.equal(before.stale, true, 'a page that does not wait says it is from before the change');
      assert.equal(before.total, afterDecision.total);
      const grown = await listQueue(store, { limit: 200 });
      assert.equal(grown.stale, undefined);
      assert.ok(
        grown.items.some((i) => i.documentId === unrelated.document.id),
        'the new document is queued',
      );
      assert.ok(!grown.items.some((i) => i.id === sectors.id), 'the decided item stays closed after the rebuild');
      assert.notEqual((await stamps(store)).statements, built.statements);

      const page = await listQueue(store, { limit: 2, offset: 1 });
      assert.deepEqual(
        page.items.map((i) => i.id),
        grown.items.slice(1, 3).map((i) => i.id),
      );
      const own = await listQueue(store, { document: report.document.id, limit: 200 });
      assert.ok(own.total > 0 && own.items.every((i) => i.documentId === report.document.id));
      const format = await listQueue(store, { format: 'eu-central ASIA', limit: 200 });
      assert.ok(format.total > 0 && format.items.every((i) => i.format === 'EU–Central Asia'), 'dashes and case fold');
      assert.equal((await listQueue(store, { format: '100%_' })).total, 0, 'LIKE wildcards are plain text');

      await store.deleteDocument(unrelated.document.id, 'rita');
      const shrunk = await listQueue(store, { limit: 200 });
      assert.ok(!shrunk.items.some((i) => i.documentId === unrelated.document.id), 'a deleted document leaves');
      assert.equal(shrunk.total, afterDecision.total);
    });
  });
}
