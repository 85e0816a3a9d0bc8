import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../server/test-app.ts';
import { ID_A, putViewsFixture } from '../server/views-fixture.ts';

const HTML = { accept: 'text/html' };

describe('commitments page', () => {
  test('should show statements with kind badges, clause links, counts and escaped text', async () => {
    const { app, store } = await testApp();
    await putViewsFixture(store);
    const res = await app.request('/commitments', { headers: HTML });
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /3 statements/);
    assert.match(html, /<span class="badge st-commitment">commitment<\/span>/);
    assert.match(html, new RegExp(`<a href="/documents/${ID_A}#c-2" class="clause">§ 2</a>`));
    assert.match(html, /welcomed the &lt;script&gt;alert\(1\)&lt;\/script&gt; plan/);
    assert.doesNotMatch(html, /<script>alert/);
    assert.match(html, /<h2>By sector<\/h2>/);
    assert.match(html, /<a href="\/commitments\?actor=KZ">Kazakhstan<\/a><\/span><meter min="0" max="2" value="2"/);
    assert.match(html, /href="\/api\/exports\/statements.csv"/);
    await store.close();
  });

  test('should apply the filter form, ignore its empty fields and keep the filters in the CSV link', async () => {
    const { app, store } = await testApp();
    await putViewsFixture(store);
    const html = await (
      await app.request(
        '/commitments?format=&meeting=&kind=commitment&actor=&sector=&deadlineFrom=2028&deadlineTo=&q=',
        { headers: HTML },
      )
    ).text();
    assert.match(html, /1 statement · /);
    assert.match(html, /Evil Corp in 2030/);
    assert.doesNotMatch(html, /water corridor/);
    assert.match(html, /<option value="commitment" selected="">commitment<\/option>/);
    assert.match(html, /href="\/api\/exports\/statements.csv\?kind=commitment&amp;deadlineFrom=2028"/);
    const bad = await app.request('/commitments?sector=space', { headers: HTML });
    assert.equal(bad.status, 400);
    const empty = await (await app.request('/commitments?q=glacier', { headers: HTML })).text();
    assert.match(empty, /No statement matches these filters/);
    await store.close();
  });

  test('should say there is nothing yet on an empty store', async () => {
    const { app, store } = await testApp();
    assert.match(await (await app.request('/commitments', { headers: HTML })).text(), /No statements yet/);
    await store.close();
  });
});
