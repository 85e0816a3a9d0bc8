/**
 * @module sources-browser.test
 * `/sources` and `/new` in Chromium after real polls of a feed site served on 127.0.0.1: the
 * sources with their last and next poll, items and a failing one's error; the new documents
 * with the one whose claims are contradicted first, a title made of markup shown as text. No
 * script error; screenshots go to test-artifacts/ (sources.png, new.png).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CLAIMS = new URL('../fixtures/claims/', import.meta.url);

test('should show watched sources and what is new, contradicted first, in a real browser', {
  timeout: 240_000,
}, async (t) => {
  if (!existsSync(CHROMIUM)) return t.skip(`${CHROMIUM} absent: apt-get install -y chromium to run the browser test`);
  const { chromium } = await import('playwright-core');
  const { createSqliteStore } = await import('../../src/store/sqlite/sqlite-store.ts');
  const { openJobQueue } = await import('../../src/jobs/open-job-queue.ts');
  const { awaitJobs } = await import('../../src/jobs/await-jobs.ts');
  const { startServer } = await import('../../src/app/start-server.ts');
  const { POLL_SOURCE_JOB } = await import('../../src/watch/watch-jobs.ts');
  const { htmlArticle, startFeedSite } = await import('../watch/feed-server.ts');

  const site = await startFeedSite();
  const store = createSqliteStore(':memory:');
  await store.migrate();
  const queue = await openJobQueue(store, { kind: 'sqlite', path: ':memory:' }, [], {
    urlFetch: { allowLoopback: true, timeoutMs: 30_000 },
  });
  await queue.work({ concurrency: 2 });
  const server = await startServer({ store, port: 0, jobs: queue });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const name of ['c5plus1-joint-statement.txt', 'c5plus1-news.txt', 'c5plus1-news-second.txt'])
      site.articles.set(`/a/${name}`, {
        path: `/a/${name}`,
        title: name,
        body: readFileSync(new URL(name, CLAIMS), 'utf8'),
        type: 'text/plain; charset=utf-8',
      });
    site.articles.set(
      '/a/forum.html',
      htmlArticle('/a/forum.html', 'Forum on water held in Astana', ['The ministers met in Astana on 3 May 2026.']),
    );
    // A title that is markup once read as text: shown as text, never run.
    const hostile = '&lt;img src=x onerror="window.__pwned=1"&gt; Talks';
    site.articles.set('/a/hostile.html', htmlArticle('/a/hostile.html', hostile, ['The ministers met in Baku.']));
    site.rss.push('/a/c5plus1-joint-statement.txt', '/a/c5plus1-news.txt', '/a/c5plus1-news-second.txt');
    site.rss.push('/a/hostile.html');
    site.atom.push('/a/forum.html');
    site.sitemap.push('/a/forum.html');
    const add = async (path: string, kind: 'feed' | 'sitemap', format?: string) =>
      (await store.watch.addSource({ url: `${site.base}${path}`, kind, format, intervalMinutes: 360, addedBy: 'ana' }))
        .source;
    const sources = [
      await add('/rss.xml', 'feed', 'c5-plus-1'),
      await add('/atom.xml', 'feed'),
      await add('/sitemap-index.xml', 'sitemap'),
      await add('/broken.xml', 'feed'),
    ];
    const polls = await Promise.all(
      sources.map((s) => queue.enqueue(POLL_SOURCE_JOB, { sourceId: s.id }, { retries: 0 })),
    );
    for (const poll of await awaitJobs(queue, polls))
      if (poll.state === 'completed') await awaitJobs(queue, (poll.result as { jobs: string[] }).jobs);

    const { tokenFor, bearer } = await import('../server/test-credentials.ts');
    const extraHTTPHeaders = bearer(await tokenFor(store, 'analyst'));
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, extraHTTPHeaders });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/sources`);
    assert.equal(await page.locator('table.sources tbody tr').count(), 4);
    assert.match((await page.locator('tr.failed .reason').textContent()) ?? '', /503/);
    assert.equal(await page.locator('nav a[aria-current="page"]').textContent(), 'Sources');
    await page.screenshot({ path: artifact('sources.png'), fullPage: true });

    await page.goto(`${server.url}/new`);
    const titles = await page.locator('.new-items > li .doc-title').allTextContents();
    assert.equal(titles.length, 5);
    assert.ok(
      titles.some((title) => title.startsWith('<img src=x')),
      'the markup is shown as text',
    );
    assert.equal(await page.evaluate(() => (window as { __pwned?: number }).__pwned), undefined);
    assert.match(titles[0], /Ashgabat/);
    assert.ok((await page.locator('.new-items > li').first().getAttribute('class'))?.includes('has-contradicted'));
    await page.screenshot({ path: artifact('new.png'), fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
    await queue.close();
    await store.close();
    await site.close();
  }
});

function artifact(name: string): string {
  const dir = join(repoRoot, 'test-artifacts');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
