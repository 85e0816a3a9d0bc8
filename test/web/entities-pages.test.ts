import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../server/test-app.ts';
import { ID_A, TEXT_A, putViewsFixture, spanOf } from '../server/views-fixture.ts';

const HTML = { accept: 'text/html' };

async function withFixture() {
  const ctx = await testApp();
  await putViewsFixture(ctx.store);
  return ctx;
}

type App = Awaited<ReturnType<typeof testApp>>['app'];
const postForm = (app: App, path: string, fields: [string, string][], headers: Record<string, string> = {}) => {
  const body = new URLSearchParams(fields);
  return app.request(path, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...HTML, ...headers },
  });
};

describe('entity pages', () => {
  test('should list entities with type chips, counts and escaped names, and filter them', async () => {
    const { app, store } = await withFixture();
    const res = await app.request('/entities', { headers: HTML });
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<a href="\/entities\?type=person">person <span class="n">3<\/span><\/a>/);
    assert.match(html, /<a href="\/entities\/country%3AKZ">Kazakhstan<\/a>/);
    assert.match(html, /Evil &lt;img src=x onerror=alert\(1\)&gt; Corp/);
    assert.doesNotMatch(html, /<img src=x/);
    assert.match(html, /aria-current="page">Entities<\/a>/);
    const people = await (await app.request('/entities?type=person&q=&limit=2', { headers: HTML })).text();
    assert.match(people, /3 entities/);
    assert.match(people, /rel="next" href="\/entities\?type=person&amp;limit=2&amp;offset=2"/);
    assert.doesNotMatch(people, />Kazakhstan</);
    await store.close();
  });

  test('should show an entity with badges, spellings, meetings and mentions linking to their clause', async () => {
    const { app, store } = await withFixture();
    const html = await (await app.request('/entities/country%3AKZ', { headers: HTML })).text();
    assert.match(html, /<h1>Kazakhstan<\/h1>/);
    assert.match(html, /in knowledge base/);
    assert.match(
      html,
      new RegExp(`href="/documents/${ID_A}#c-2"><mark>Kazakhstan</mark></a> welcomed the &lt;script&gt;`),
    );
    assert.match(
      html,
      new RegExp(`<input type="checkbox" name="mention" value="${ID_A}:${spanOf(TEXT_A, 'Kazakhstan', 1).start}:`),
    );
    assert.match(html, /Meetings attended/);
    assert.match(html, /Lakeside Five · foreign ministers · 2nd meeting · 2025-05-03 · Lakeside, Kazakhstan · party/);
    assert.match(html, /<form class="card" method="post" action="\/entities\/country%3AKZ\/review">/);
    assert.doesNotMatch(html, /<script>alert|<script>(?!<)/);
    const unknown = await (await app.request('/entities/new%3Aperson%3Aivan-petrov', { headers: HTML })).text();
    assert.match(unknown, /unreviewed: not in the knowledge base/);
    assert.match(unknown, /as Minister/);
    const missing = await app.request('/entities/country%3AXX', { headers: HTML });
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type') ?? '', /text\/html/);
    await store.close();
  });

  test('should merge from the form and redirect to the survivor, which shows the merged spelling', async () => {
    const { app, store } = await withFixture();
    const res = await postForm(app, '/entities/new%3Aperson%3Apetrov/review', [
      ['action', 'merge'],
      ['into', 'new:person:ivan-petrov'],
    ]);
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/entities/new%3Aperson%3Aivan-petrov');
    const html = await (await app.request(res.headers.get('location')!, { headers: HTML })).text();
    assert.match(html, /<ul class="spellings inline"><li>Ivan Petrov<\/li><li>Petrov<\/li><\/ul>/);
    assert.equal((await store.listDecisions())[0].by, 'test-admin');
    await store.close();
  });

  test('should reject and split checked mentions from the mentions form', async () => {
    const { app, store } = await withFixture();
    const first = `${ID_A}:${spanOf(TEXT_A, 'Kazakhstan', 0).start}:${spanOf(TEXT_A, 'Kazakhstan', 0).end}`;
    const second = `${ID_A}:${spanOf(TEXT_A, 'Kazakhstan', 1).start}:${spanOf(TEXT_A, 'Kazakhstan', 1).end}`;
    const rejected = await postForm(app, '/entities/country%3AKZ/review', [
      ['action', 'reject'],
      ['mention', first],
    ]);
    assert.equal(rejected.headers.get('location'), '/entities/country%3AKZ');
    const split = await postForm(app, '/entities/country%3AKZ/review', [
      ['action', 'split'],
      ['name', 'Kazakh side'],
      ['mention', second],
    ]);
    assert.equal(split.status, 303);
    assert.match(split.headers.get('location') ?? '', /^\/entities\/user%3Acountry%3Akazakh-side-\d+$/);
    assert.equal((await app.request('/entities/country%3AKZ', { headers: HTML })).status, 404);
    const none = await postForm(app, '/entities/country%3AUZ/review', [['action', 'reject']]);
    assert.equal(none.status, 400);
    assert.match(await none.text(), /Select at least one mention/);
    await store.close();
  });

  test('should refuse a review form posted from another site', async () => {
    const { app, store } = await withFixture();
    const res = await postForm(
      app,
      '/entities/country%3AKZ/review',
      [
        ['action', 'rename'],
        ['name', 'Pwned'],
      ],
      { 'sec-fetch-site': 'cross-site' },
    );
    assert.equal(res.status, 403);
    assert.deepEqual(await store.listDecisions(), []);
    await store.close();
  });

  test('should head the reader with the meeting and parties and link mentions to entity pages', async () => {
    const { app, store } = await withFixture();
    const html = await (await app.request(`/documents/${ID_A}`, { headers: HTML })).text();
    assert.match(
      html,
      new RegExp(
        '<section class="meeting-head" aria-label="Meeting"><p class="meeting-line">' +
          '<span class="m-format">Lakeside Five</span>',
      ),
    );
    assert.match(
      html,
      new RegExp(
        'Parties: </span><a href="/entities/country%3AKZ">Kazakhstan</a>, ' +
          '<a href="/entities/country%3AUZ">Uzbekistan</a>',
      ),
    );
    assert.match(
      html,
      /<a href="\/entities\/new%3Aperson%3Aivan-petrov">Ivan Petrov<\/a><span class="muted"> \(Minister\)<\/span>/,
    );
    assert.match(html, /<a href="\/entities\/country%3AKZ" class="ent ent-country"/);
    await store.close();
  });
});
