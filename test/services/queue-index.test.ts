/**
 * The review queue's indexed list (migrations 110 and 220) on every test database: built on the
 * first look; a decision closes its item without a rebuild; a new, re-analysed or deleted
 * document has its own items rebuilt and no other's (rows of other documents are marked by a
 * shifted sort key that a rebuild would reset); a decision stays settled across it; a new day
 * re-ranks only the rows with a deadline, in the order the ranking rules give for that day.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { QUEUE_KINDS } from '../../src/review/queue/queue-item.ts';
import { rankItems } from '../../src/review/queue/rank-items.ts';
import { refreshQueueIndex } from '../../src/services/queue-index.ts';
import { loadQueueItems } from '../../src/services/queue-sources.ts';
import { decideQueueItem, listQueue } from '../../src/services/review-queue.ts';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import { linkDocument } from '../../src/track/link-document.ts';
import { trackingDb } from '../../src/track/tracking-repository.ts';
import { testDialects } from '../store/store-dialects.ts';
import { promise, report, unrelated } from '../track/track-documents.ts';

const SHIFT = 1000;

/** Shifts every row's sort key: a row rebuilt since has its own key again. */
async function markRows(store: KyselyStore): Promise<void> {
  const db = trackingDb(store);
  await db
    .updateTable('queue_items')
    .set({ order_key: (eb: any) => eb('order_key', '-', SHIFT) })
    .execute();
}

/** Ids of the rows rebuilt (or re-ranked) since `markRows`; the marks are undone. */
async function touchedRows(store: KyselyStore): Promise<string[]> {
  const db = trackingDb(store);
  const rows = await db
    .selectFrom('queue_items')
    .select('id')
    .where('order_key', '>', -SHIFT / 2)
    .execute();
  await db
    .updateTable('queue_items')
    .set({ order_key: (eb: any) => eb('order_key', '+', SHIFT) })
    .where('order_key', '<=', -SHIFT / 2)
    .execute();
  return rows.map((r) => r.id as string).sort();
}

async function rowIds(store: KyselyStore, documentId: string): Promise<string[]> {
  const rows = await trackingDb(store)
    .selectFrom('queue_items')
    .select('id')
    .where('document_id', '=', documentId)
    .execute();
  return rows.map((r) => r.id as string).sort();
}

/** Each open item's priority as the ranking rules give it from the store's items, as of `asOf`. */
async function expectedPriorities(store: KyselyStore, asOf: string, closed: ReadonlySet<string>) {
  const all = rankItems(await loadQueueItems(store, { kinds: new Set(QUEUE_KINDS) }), asOf);
  return Object.fromEntries(all.filter((i) => !closed.has(i.id)).map((i) => [i.id, i.priority]));
}

for (const dialect of await testDialects()) {
  describe(`review queue index (${dialect.name})`, { skip: dialect.skip }, () => {
    const stores: KyselyStore[] = [];
    after(async () => {
      for (const s of stores) await dialect.dispose(s);
    });

    test('decisions close items at once; a changed document rebuilds its own items only', async () => {
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

      await markRows(store);
      const sectors = first.items.find((i) => i.kind === 'statement-sectors');
      assert.ok(sectors);
      await decideQueueItem(store, { item: sectors.id, action: 'reject' }, 'rita');
      const afterDecision = await listQueue(store, { limit: 200 });
      assert.equal(afterDecision.total, first.total - 1);
      assert.ok(!afterDecision.items.some((i) => i.id === sectors.id));
      assert.deepEqual(await touchedRows(store), [], 'a statement decision rebuilds nothing');

      await markRows(store);
      await store.putDocument(unrelated);
      await linkDocument(store, unrelated.document.id);
      const before = await listQueue(store, { limit: 200 }, { wait: false });
      assert.equal(before.stale, true, 'a page that does not wait says it is from before the change');
      const grown = await listQueue(store, { limit: 200 });
      assert.equal(grown.stale, undefined);
      const added = await rowIds(store, unrelated.document.id);
      assert.ok(added.length > 0, 'the new document is queued');
      // Its day is past the promise's deadline: the promise shows another status, so it is rebuilt too.
      const promised = await rowIds(store, promise.document.id);
      assert.deepEqual(await touchedRows(store), [...added, ...promised].sort(), 'the report is left alone');
      assert.ok(!grown.items.some((i) => i.id === sectors.id), 'the decided item stays closed');

      const whole = await listQueue(store, { limit: 200 });
      const page = await listQueue(store, { limit: 2, offset: 1 });
      assert.deepEqual(
        page.items.map((i) => i.id),
        whole.items.slice(1, 3).map((i) => i.id),
      );
      const own = await listQueue(store, { document: report.document.id, limit: 200 });
      assert.ok(own.total > 0 && own.items.every((i) => i.documentId === report.document.id));
      const format = await listQueue(store, { format: 'eu-central ASIA', limit: 200 });
      assert.ok(format.total > 0 && format.items.every((i) => i.format === 'EU–Central Asia'), 'dashes and case fold');
      assert.equal((await listQueue(store, { format: '100%_' })).total, 0, 'LIKE wildcards are plain text');

      await markRows(store);
      await store.deleteDocument(unrelated.document.id, 'rita');
      const shrunk = await listQueue(store, { limit: 200 });
      assert.ok(!shrunk.items.some((i) => i.documentId === unrelated.document.id), 'a deleted document leaves');
      assert.deepEqual(await rowIds(store, unrelated.document.id), []);
      assert.equal(shrunk.total, afterDecision.total);
    });

    test('re-analysis rebuilds that document only, and its settled item stays settled', async () => {
      const store = await dialect.open();
      stores.push(store);
      for (const r of [promise, report]) await store.putDocument(r);
      for (const r of [promise, report]) await linkDocument(store, r.document.id);
      const first = await listQueue(store, { limit: 200 });
      const mine = first.items.find((i) => i.documentId === report.document.id && i.kind !== 'entity-merge');
      assert.ok(mine, 'the report has an item');
      await decideQueueItem(store, { item: mine.id, action: 'confirm' }, 'rita');
      await markRows(store);
      await store.putAnalysis(report.document.id, report.analysis!);
      const again = await listQueue(store, { limit: 200 });
      assert.deepEqual(await touchedRows(store), await rowIds(store, report.document.id), 'the report, all of it');
      assert.ok((await rowIds(store, promise.document.id)).length > 0);
      assert.ok(!again.items.some((i) => i.id === mine.id), 'the confirmed item stays closed');
      assert.equal(again.total, first.total - 1);
    });

    test('a new day ranks deadlines as the rules do for that day, other rows untouched', async () => {
      const store = await dialect.open();
      stores.push(store);
      await store.putDocument(promise);
      await linkDocument(store, promise.document.id);
      const first = await listQueue(store, { limit: 200 });
      const status = first.items.find((i) => i.kind === 'commitment-status');
      assert.ok(status?.due, 'the promise has a deadline');
      assert.ok(!status.why.some((w) => w.startsWith('due in')), 'far from its deadline on its own day');
      const dated = first.items.filter((i) => i.due).map((i) => i.id);
      // Days before the deadline: re-ranked only; past it, the status changes and the document is rebuilt.
      const days: [string, string[]][] = [
        ['2030-09-25', dated.sort()],
        ['2030-10-02', await rowIds(store, promise.document.id)],
      ];
      for (const [day, rebuilt] of days) {
        await markRows(store);
        await refreshQueueIndex(store, day);
        const rows = await trackingDb(store).selectFrom('queue_items').select(['id', 'item']).execute();
        assert.deepEqual(await touchedRows(store), rebuilt, `${day}: rows touched`);
        const got = Object.fromEntries(rows.map((r) => [r.id, JSON.parse(r.item as string).priority]));
        assert.deepEqual(
          got,
          await expectedPriorities(store, day as string, new Set()),
          `${day}: priorities as ranked`,
        );
      }
      const moved = JSON.parse(
        ((
          await trackingDb(store)
            .selectFrom('queue_items')
            .select('item')
            .where('id', '=', status.id)
            .executeTakeFirst()
        )?.item as string) ?? '{}',
      );
      assert.ok(
        moved.why.some((w: string) => w.startsWith('overdue by')),
        `why: ${moved.why}`,
      );
    });
  });
}
