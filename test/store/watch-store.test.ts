/**
 * @module watch-store.test
 * The monitored sources' tables on SQLite and PostgreSQL (skipped, visibly, when it does not
 * answer): a URL is watched once, polls record their error and failures in a row, an item is
 * remembered once with its first-seen time, pending and ingested items, matches by URL and by
 * hash, arrivals since a time, and removal taking the items along.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testDialects } from './store-dialects.ts';

for (const dialect of await testDialects()) {
  describe(`watch store: ${dialect.name}`, { skip: dialect.skip }, () => {
    test('should keep sources, polls and items as the poller needs them', async () => {
      const store = await dialect.open();
      try {
        const { watch } = store;
        const t = (minutes: number) => new Date(Date.parse('2026-12-01T00:00:00Z') + minutes * 60_000);
        const added = await watch.addSource(
          { url: 'https://example.org/feed.xml', kind: 'feed', format: 'sco', intervalMinutes: 60, addedBy: 'ana' },
          t(0),
        );
        assert.equal(added.created, true);
        const again = await watch.addSource({ url: 'https://example.org/feed.xml', kind: 'sitemap', addedBy: 'bo' });
        assert.deepEqual([again.created, again.source.id, again.source.kind], [false, added.source.id, 'feed']);
        const other = (await watch.addSource({ url: 'https://example.org/page', kind: 'page', addedBy: 'bo' })).source;
        assert.equal(other.intervalMinutes, 1440, 'a day by default');
        const id = added.source.id;
        assert.deepEqual(added.source, {
          id,
          url: 'https://example.org/feed.xml',
          kind: 'feed',
          format: 'sco',
          intervalMinutes: 60,
          addedBy: 'ana',
          addedAt: t(0).toISOString(),
          lastPolledAt: null,
          lastError: null,
          failures: 0,
          itemsSeen: 0,
          itemsIngested: 0,
          itemsFailed: 0,
        });

        await watch.recordPoll(id, { at: t(1), error: 'answered 503' });
        await watch.recordPoll(id, { at: t(2), error: 'answered 503' });
        let source = (await watch.getSource(id))!;
        assert.deepEqual(
          [source.lastPolledAt, source.lastError, source.failures],
          [t(2).toISOString(), 'answered 503', 2],
        );
        await watch.recordPoll(id, { at: t(3) });
        source = (await watch.getSource(id))!;
        assert.deepEqual([source.lastError, source.failures], [null, 0]);

        const a = { key: 'https://example.org/a', url: 'https://example.org/a', title: 'A' };
        const b = { key: 'https://example.org/b', url: 'https://example.org/b' };
        const c = { key: 'https://example.org/c.pdf', url: 'https://example.org/c.pdf' };
        await watch.addItems(id, [a, b, c], t(3));
        await watch.addItems(id, [a], t(9));
        assert.deepEqual([...(await watch.seenKeys(id, [a.key, 'https://example.org/c']))], [a.key]);
        assert.deepEqual([...(await watch.seenKeys(other.id, [a.key]))], [], 'seen per source');
        assert.equal((await watch.getItem(id, a.key))?.firstSeenAt, t(3).toISOString(), 'first seen is kept');

        await watch.recordItem(id, a.key, { at: t(4), documentId: 'doc-a', contentHash: 'h-a' });
        await watch.recordItem(id, b.key, { at: t(4), error: 'answered 404' });
        // Fetched but unreadable: known bytes, so not fetched again.
        await watch.recordItem(id, c.key, { at: t(4), contentHash: 'h-c', error: 'too-complex' });
        assert.deepEqual(
          (await watch.pendingItems(id, 3, 10)).map((i) => [i.key, i.attempts, i.error]),
          [[b.key, 1, 'answered 404']],
        );
        assert.deepEqual(await watch.pendingItems(id, 1, 10), [], 'an item tried enough is left alone');
        assert.equal(await watch.ingestedAs({ url: a.url }), 'doc-a');
        assert.equal(await watch.ingestedAs({ contentHash: 'h-a' }), 'doc-a');
        assert.equal(await watch.ingestedAs({ url: b.url }), undefined);
        assert.equal(await watch.ingestedAs({}), undefined);

        const arrived = await watch.arrivedSince(t(4));
        assert.deepEqual(
          arrived.map((i) => [i.documentId, i.sourceUrl, i.format, i.ingestedAt, i.title]),
          [['doc-a', 'https://example.org/feed.xml', 'sco', t(4).toISOString(), 'A']],
        );
        assert.deepEqual(await watch.arrivedSince(t(5)), []);
        const listed = await watch.listSources();
        assert.deepEqual(
          listed.map((s) => [s.url, s.itemsSeen, s.itemsIngested, s.itemsFailed]),
          [
            ['https://example.org/feed.xml', 3, 1, 2],
            ['https://example.org/page', 0, 0, 0],
          ],
        );

        assert.equal(await watch.removeSource(id), true);
        assert.equal(await watch.removeSource(id), false);
        assert.equal(await watch.getItem(id, a.key), undefined, 'its items go with it');
        assert.equal(await watch.ingestedAs({ url: a.url }), undefined);
      } finally {
        await dialect.dispose(store);
      }
    });
  });
}
