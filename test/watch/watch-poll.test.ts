/**
 * @module watch-poll.test
 * Monitored sources end to end, against a feed site the test serves on 127.0.0.1 (loopback
 * allowed through the fetch option, as only tests may): RSS, Atom and a sitemap index pointing
 * to HTML and text articles. The first poll ingests every listed item once (a URL listed by two
 * sources too), the second ingests none, an item added later is ingested on the next poll, a
 * failing source records its error while the others go on, and hostile listings are refused or
 * bounded. Runs on SQLite (in-process queue) and PostgreSQL (pg-boss) when it answers.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { JobQueue } from '../../src/jobs/job-queue.ts';
import { openJobQueue } from '../../src/jobs/open-job-queue.ts';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import { createPostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { createSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { POLL_SOURCE_JOB } from '../../src/watch/watch-jobs.ts';
import { startWatchTimer } from '../../src/watch/watch-timer.ts';
import { dropPgSchemas, pgUnreachable, TEST_PG_URL } from '../store/store-dialects.ts';
import { type FeedSite, htmlArticle, startFeedSite } from './feed-server.ts';

const CLAIMS = new URL('../fixtures/claims/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, CLAIMS), 'utf8');

interface Engine {
  readonly name: string;
  readonly skip?: string;
  open(): Promise<{ store: KyselyStore; queue: JobQueue; dispose(): Promise<void> }>;
}

// Generous: under a loaded CI machine the in-process analysis of one item can hold the event loop for seconds.
const urlFetch = { allowLoopback: true, timeoutMs: 30_000 };

async function engines(): Promise<Engine[]> {
  const down = await pgUnreachable();
  return [
    {
      name: 'sqlite',
      async open() {
        const store = createSqliteStore(':memory:');
        await store.migrate();
        const queue = await openJobQueue(store, { kind: 'sqlite', path: ':memory:' }, [], { urlFetch });
        const dispose = async () => {
          await queue.close();
          await store.close();
        };
        return { store, queue, dispose };
      },
    },
    {
      name: 'postgres',
      ...(down ? { skip: `PostgreSQL unreachable at ${TEST_PG_URL} (${down})` } : {}),
      async open() {
        const schema = `concord_test_${randomBytes(6).toString('hex')}`;
        const store = createPostgresStore({ url: TEST_PG_URL, schema, max: 4 });
        await store.migrate();
        const queue = await openJobQueue(store, { kind: 'postgres', url: TEST_PG_URL, schema }, [], { urlFetch });
        return {
          store,
          queue,
          async dispose() {
            await queue.close();
            await store.close();
            await dropPgSchemas(schema, `${schema}_boss`);
          },
        };
      },
    },
  ];
}

for (const engine of await engines()) {
  describe(`monitored sources: ${engine.name}`, { skip: engine.skip, timeout: 240_000 }, () => {
    let site: FeedSite;
    let env: Awaited<ReturnType<Engine['open']>>;
    before(async () => {
      site = await startFeedSite();
      env = await engine.open();
      await env.queue.work({ concurrency: 2 });
    });
    after(async () => {
      await env?.dispose();
      await site?.close();
    });

    test('should ingest each item once, then none, then only the new; a failing source fails alone', async () => {
      const { store, queue } = env;
      const article = (path: string, title: string, paragraphs: string[]) =>
        site.articles.set(path, htmlArticle(path, title, paragraphs));
      article('/a/forum.html', 'Forum held', [
        'The ministers met in Astana on 3 May 2026 and adopted a plan on water.',
      ]);
      article('/a/rail.html', 'Railway line', [
        'The parties agreed to build a railway line from Tashkent to Kashgar by 2030.',
      ]);
      site.articles.set('/a/statement.txt', {
        path: '/a/statement.txt',
        title: 'Statement',
        body: text('c5plus1-joint-statement.txt'),
        type: 'text/plain; charset=utf-8',
      });
      site.articles.set('/a/news.txt', {
        path: '/a/news.txt',
        title: 'News',
        body: text('c5plus1-news.txt'),
        type: 'text/plain; charset=utf-8',
      });
      site.rss.push('/a/statement.txt', '/a/news.txt');
      site.atom.push('/a/forum.html');
      // The sitemap lists one article the RSS feed lists too: fetched and ingested once.
      site.sitemap.push('/a/rail.html', '/a/news.txt');

      const add = (path: string, kind: 'feed' | 'sitemap' | 'page') =>
        store.watch.addSource({ url: `${site.base}${path}`, kind, intervalMinutes: 60, addedBy: 'test' });
      const rss = (await add('/rss.xml', 'feed')).source;
      const atom = (await add('/atom.xml', 'feed')).source;
      const sitemap = (await add('/sitemap-index.xml', 'sitemap')).source;
      const broken = (await add('/broken.xml', 'feed')).source;

      // First tick: every source is due (never polled).
      const timer = startWatchTimer({ store, queue, everyMs: 3_600_000 });
      timer.stop();
      const polls = await timer.tick();
      assert.equal(polls.length, 4);
      await settlePolls(queue, polls, [broken.id], store);
      const docs = (await store.listDocuments({ limit: 100 })).total;
      assert.equal(docs, 4, 'four distinct articles stored');
      assert.equal(site.hits.get('/a/news.txt'), 1, 'the article two sources list is fetched once');
      const sources = new Map((await store.watch.listSources()).map((s) => [s.id, s]));
      assert.deepEqual(
        [rss, atom, sitemap].map((s) => [
          sources.get(s.id)?.itemsSeen,
          sources.get(s.id)?.itemsIngested,
          sources.get(s.id)?.lastError,
        ]),
        [
          [2, 2, null],
          [1, 1, null],
          [2, 2, null],
        ],
      );
      const failing = sources.get(broken.id)!;
      assert.match(failing.lastError ?? '', /503/);
      assert.ok(failing.failures >= 1 && failing.lastPolledAt);

      // Half an hour later only the failing source is due (retried sooner than its hour).
      const { dueSources } = await import('../../src/watch/scheduler.ts');
      const later = new Date(Date.now() + 30 * 60_000);
      assert.deepEqual(
        dueSources(await store.watch.listSources(), later).map((s) => s.id),
        [broken.id],
      );
      // Polled again by hand: nothing new is fetched or stored.
      const second = await Promise.all(
        [rss, atom, sitemap].map((s) => queue.enqueue(POLL_SOURCE_JOB, { sourceId: s.id })),
      );
      const itemJobs = await settlePolls(queue, second, [], store);
      assert.equal((await store.listDocuments({ limit: 100 })).total, docs, 'a second poll ingests nothing');
      assert.equal(site.hits.get('/a/forum.html'), 1, 'nor fetches an item again');
      assert.ok(itemJobs.every((j) => j.state === 'completed'));

      // A new item appears in the feed: the next poll ingests it, and only it.
      article('/a/summit.html', 'Summit announced', [
        'The leaders will meet in Dushanbe in September 2026 to sign a treaty.',
      ]);
      site.rss.unshift('/a/summit.html');
      await settlePolls(queue, [await queue.enqueue(POLL_SOURCE_JOB, { sourceId: rss.id })], [], store);
      assert.equal((await store.listDocuments({ limit: 100 })).total, docs + 1);
      const arrived = await store.watch.arrivedSince(new Date(Date.now() - 3_600_000));
      assert.equal(arrived.length, 6, 'six items arrived (one document listed twice)');
      assert.equal(arrived[0].url, `${site.base}/a/summit.html`, 'newest first');
    });

    test("should ingest a watched page's new versions, and the same bytes under another URL once", async () => {
      const { store, queue } = env;
      const page = (text: string) =>
        site.articles.set('/p/agenda.html', htmlArticle('/p/agenda.html', 'Agenda', [text]));
      page('The ministers will meet in Bishkek on 10 June 2026 to discuss energy.');
      const source = (await store.watch.addSource({ url: `${site.base}/p/agenda.html`, kind: 'page', addedBy: 'test' }))
        .source;
      const poll = async () => {
        const [job] = await settlePolls(
          queue,
          [await queue.enqueue(POLL_SOURCE_JOB, { sourceId: source.id })],
          [],
          store,
        );
        return job;
      };
      const before = (await store.listDocuments({ limit: 500 })).total;
      await poll();
      await poll();
      assert.equal((await store.listDocuments({ limit: 500 })).total, before + 1, 'one version, stored once');
      page('The ministers will meet in Bishkek on 12 June 2026 to discuss energy and water.');
      await poll();
      const after = (await store.listDocuments({ limit: 500 })).total;
      assert.equal(after, before + 2, 'the changed page is a new document');
      assert.deepEqual([(await store.watch.getSource(source.id))?.itemsSeen], [2]);

      // The same bytes served under another URL by another source: recognised by hash, not stored again.
      site.articles.set('/copy/agenda.html', { ...site.articles.get('/p/agenda.html')!, path: '/copy/agenda.html' });
      site.sitemap.splice(0, site.sitemap.length, '/copy/agenda.html');
      const copies = (
        await store.watch.addSource({ url: `${site.base}/sitemap.xml`, kind: 'sitemap', addedBy: 'test' })
      ).source;
      const [job] = await settlePolls(
        queue,
        [await queue.enqueue(POLL_SOURCE_JOB, { sourceId: copies.id })],
        [],
        store,
      );
      assert.equal((job.result as { status: string }).status, 'known');
      assert.equal((await store.listDocuments({ limit: 500 })).total, after);
      assert.equal((await store.watch.getSource(copies.id))?.itemsIngested, 1);
    });

    test('should refuse or bound hostile listings', async () => {
      const { store, queue } = env;
      const add = async (path: string) =>
        (await store.watch.addSource({ url: `${site.base}${path}`, kind: 'feed', addedBy: 'test' })).source;
      const laughs = await add('/hostile/laughs.xml');
      const huge = await add('/hostile/huge.xml');
      const many = await add('/hostile/many.xml');
      const started = Date.now();
      const jobs = await Promise.all(
        [laughs, huge, many].map((s) => queue.enqueue(POLL_SOURCE_JOB, { sourceId: s.id }, { retries: 0 })),
      );
      const [laughsJob, hugeJob, manyJob] = await settle(queue, jobs);
      assert.equal(laughsJob.state, 'failed');
      assert.match(laughsJob.error ?? '', /entities/);
      assert.equal(hugeJob.state, 'failed');
      assert.match(hugeJob.error ?? '', /over \d+ bytes|bytes, over/);
      assert.equal(manyJob.state, 'completed');
      const result = manyJob.result as { listed: number; newItems: number; jobs: string[] };
      assert.equal(result.listed, 100_000, 'every item is counted');
      assert.equal(result.newItems, 200, 'at most 200 new items are taken per poll');
      assert.ok(Date.now() - started < 60_000);
      const seen = (await store.watch.getSource(many.id))!;
      assert.equal(seen.itemsSeen, 200);
      assert.match((await store.watch.getSource(laughs.id))!.lastError ?? '', /entities/);
      // Its items (404 on this site) fail after the queue's retries, each recorded on its item.
      const items = await settle(queue, result.jobs.slice(0, 2));
      assert.deepEqual(
        items.map((j) => [j.state, j.attempts]),
        [
          ['failed', 4],
          ['failed', 4],
        ],
      );
      const item = await store.watch.getItem(many.id, `${site.base}/n/0`);
      assert.match(item?.error ?? '', /answered 404/);
      assert.equal(item?.attempts, 4);
      assert.ok((await store.watch.getSource(many.id))!.itemsFailed >= 2, 'shown on the source');
    });
  });
}

/** Waits for poll jobs (those of `failing` sources may end failed), then for the item jobs they queued. */
async function settlePolls(queue: JobQueue, ids: string[], failing: string[], store: KyselyStore) {
  const polls = await settle(queue, ids, store, failing);
  const items = polls.flatMap((p) => (p.state === 'completed' ? ((p.result as { jobs?: string[] })?.jobs ?? []) : []));
  return settle(queue, items);
}

/** Waits until each job is completed or failed (or, for a job of a failing source, has failed once). */
async function settle(queue: JobQueue, ids: string[], store?: KyselyStore, failing: string[] = []) {
  const deadline = Date.now() + 180_000;
  for (;;) {
    const jobs = await Promise.all(ids.map((id) => queue.get(id)));
    const failingErrors = store
      ? await Promise.all(failing.map(async (id) => (await store.watch.getSource(id))?.lastError))
      : [];
    const done = jobs.every(
      (j) =>
        j &&
        (j.state === 'completed' ||
          j.state === 'failed' ||
          (j.state === 'retrying' && failing.length > 0 && failingErrors.every(Boolean))),
    );
    if (done) return jobs.map((j) => j!);
    if (Date.now() > deadline) throw new Error(`jobs did not settle: ${JSON.stringify(jobs.map((j) => j?.state))}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
