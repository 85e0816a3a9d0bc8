/**
 * @module ingest-item.test
 * An item whose job fails after its fetch (the store or the tracking failed) is retried from the bytes already
 * fetched: the site is asked once, and the retry stores the document.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import { createSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { ingestItem } from '../../src/watch/ingest-item.ts';
import { type FeedSite, htmlArticle, startFeedSite } from './feed-server.ts';

const urlFetch = { allowLoopback: true, timeoutMs: 30_000 };

describe('watched item ingest', () => {
  let site: FeedSite;
  let store: KyselyStore;
  before(async () => {
    site = await startFeedSite();
    store = createSqliteStore(':memory:');
    await store.migrate();
  });
  after(async () => {
    await store.close();
    await site.close();
  });

  test('should retry a job that failed after its fetch from the fetched bytes, not from the site', async () => {
    site.articles.set(
      '/a/dam.html',
      htmlArticle('/a/dam.html', 'Dam opened', ['The ministers opened the dam in Osh on 3 May 2026.']),
    );
    const { source } = await store.watch.addSource({
      url: `${site.base}/rss.xml`,
      kind: 'feed',
      intervalMinutes: 60,
      addedBy: 'test',
    });
    const ref = { sourceId: source.id, key: `${site.base}/a/dam.html`, url: `${site.base}/a/dam.html` };
    await store.watch.addItems(source.id, [{ key: ref.key, url: ref.url }]);
    // The first attempt fails where it records the stored document, as a store under load may.
    const recordItem = store.watch.recordItem.bind(store.watch);
    let failures = 1;
    store.watch.recordItem = async (...args: Parameters<typeof recordItem>) => {
      if (args[2].documentId && failures-- > 0) throw new Error('connection lost');
      return recordItem(...args);
    };
    await assert.rejects(ingestItem(store, ref, urlFetch), /connection lost/);
    const retried = await ingestItem(store, ref, urlFetch);
    assert.ok(retried.status === 'stored' || retried.status === 'known', JSON.stringify(retried));
    assert.equal(site.hits.get('/a/dam.html'), 1, 'the retry reads the bytes already fetched');
    assert.equal(
      (await store.watch.getItem(source.id, ref.key))?.documentId,
      (retried as { documentId: string }).documentId,
    );
  });
});
