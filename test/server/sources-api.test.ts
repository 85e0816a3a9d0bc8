/**
 * @module sources-api.test
 * Monitored sources through the API and the pages, against a feed site served on 127.0.0.1:
 * add (201, then 200 for the same URL, 400 for a bad one), list, poll now (202, a job), the
 * new documents in `/api/new` with the one with contradicted claims first, the `/sources` and
 * `/new` pages, removal (204, then 404), and a 503 for a poll without a queue.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { createApp } from '../../src/app/create-app.ts';
import { awaitJobs } from '../../src/jobs/await-jobs.ts';
import type { JobQueue } from '../../src/jobs/job-queue.ts';
import { openJobQueue } from '../../src/jobs/open-job-queue.ts';
import { createStoreAnalyser } from '../../src/review/store-analyser.ts';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import { createSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { type FeedSite, htmlArticle, startFeedSite } from '../watch/feed-server.ts';
import { tokenFor, withToken } from './test-credentials.ts';

const CLAIMS = new URL('../fixtures/claims/', import.meta.url);
const fixture = (name: string) => ({
  path: `/a/${name}`,
  title: name,
  body: readFileSync(new URL(name, CLAIMS), 'utf8'),
  type: 'text/plain; charset=utf-8',
});

describe('monitored sources API and pages', { timeout: 240_000 }, () => {
  let site: FeedSite;
  let store: KyselyStore;
  let queue: JobQueue;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    site = await startFeedSite();
    store = createSqliteStore(':memory:');
    await store.migrate();
    queue = await openJobQueue(store, { kind: 'sqlite', path: ':memory:' }, [], {
      urlFetch: { allowLoopback: true, timeoutMs: 30_000 },
    });
    await queue.work({ concurrency: 2 });
    const created = createApp({ store, analyser: createStoreAnalyser(store), jobs: queue, rateLimits: false });
    app = withToken(created, await tokenFor(store, 'admin'));
  });
  after(async () => {
    await queue?.close();
    await store?.close();
    await site?.close();
  });

  const json = (method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  test('should add, list, poll, show what is new (contradicted first) and remove', async () => {
    for (const name of ['c5plus1-joint-statement.txt', 'c5plus1-news.txt'])
      site.articles.set(`/a/${name}`, fixture(name));
    site.articles.set('/a/plain.html', htmlArticle('/a/plain.html', 'A plain article', ['Nothing to check here.']));
    // The statement first, so the report's claims have their record when it arrives.
    site.rss.push('/a/plain.html', '/a/c5plus1-joint-statement.txt', '/a/c5plus1-news.txt');

    const url = `${site.base}/rss.xml`;
    const created = await json('POST', '/api/sources', { url, kind: 'feed', format: 'c5-plus-1', intervalMinutes: 60 });
    assert.equal(created.status, 201);
    const source = await created.json();
    assert.deepEqual(
      [source.url, source.kind, source.format, source.addedBy],
      [url, 'feed', 'c5-plus-1', 'test-admin'],
    );
    assert.equal((await json('POST', '/api/sources', { url })).status, 200, 'the same URL again');
    const bad = await json('POST', '/api/sources', { url: 'ftp://example.org/feed', intervalMinutes: 1 });
    assert.equal(bad.status, 400);
    assert.match(JSON.stringify(await bad.json()), /http or https/);

    const poll = await json('POST', `/api/sources/${source.id}/poll`);
    assert.equal(poll.status, 202);
    const [job] = await awaitJobs(queue, [(await poll.json()).jobId]);
    assert.equal(job.state, 'completed', job.error);
    await awaitJobs(queue, (job.result as { jobs: string[] }).jobs);

    const [listed] = (await (await json('GET', '/api/sources')).json()).items;
    assert.deepEqual([listed.itemsSeen, listed.itemsIngested, listed.lastError], [3, 3, null]);
    assert.ok(Date.parse(listed.nextPollAt) > Date.now() + 50 * 60_000, 'next poll in an hour');

    const fresh = await (await json('GET', '/api/new?since=2000-01-01')).json();
    assert.equal(fresh.items.length, 3);
    const [first] = fresh.items;
    assert.match(first.title, /Ministers meet in Ashgabat/);
    assert.ok(first.claims.contradicted >= 1, 'the news report contradicts the record');
    assert.ok(first.contradicted.every((c: { text: string }) => c.text.length > 0));
    assert.ok(fresh.items.slice(1).every((i: { claims: { contradicted: number } }) => i.claims.contradicted === 0));
    assert.equal((await (await json('GET', '/api/new?since=2999-01-01')).json()).items.length, 0);
    assert.equal((await json('GET', '/api/new?since=yesterday')).status, 400);

    const sourcesPage = await (await app.request('/sources')).text();
    assert.match(sourcesPage, /Watched sources/);
    assert.ok(sourcesPage.includes(url));
    assert.match(sourcesPage, /3 \/ 3/);
    const newPage = await (await app.request('/new?since=2000-01-01')).text();
    assert.ok(newPage.indexOf('Ministers meet in Ashgabat') < newPage.indexOf('A plain article'));
    assert.match(newPage, /contradicted/);

    assert.equal((await json('DELETE', `/api/sources/${source.id}`)).status, 204);
    assert.equal((await json('DELETE', `/api/sources/${source.id}`)).status, 404);
    assert.equal((await json('POST', `/api/sources/${source.id}/poll`)).status, 404);
    assert.equal((await store.listDocuments()).total, 3, 'its documents stay');
  });

  test('should add a source from the page form and answer 503 to a poll without a queue', async () => {
    const form = new URLSearchParams({ url: `${site.base}/atom.xml`, kind: 'feed', intervalMinutes: '120' });
    const added = await app.request('/sources', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    assert.equal(added.status, 303);
    const [source] = (await store.watch.listSources()).filter((s) => s.url.endsWith('/atom.xml'));
    assert.equal(source.intervalMinutes, 120);
    const noQueue = withToken(
      createApp({ store, analyser: createStoreAnalyser(store), rateLimits: false, log: () => {} }),
      await tokenFor(store, 'analyst'),
    );
    assert.equal((await noQueue.request(`/api/sources/${source.id}/poll`, { method: 'POST' })).status, 503);
  });
});
