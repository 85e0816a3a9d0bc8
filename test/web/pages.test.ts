import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HOSTILE_TEXT, postText, testApp } from '../server/test-app.ts';

const HTML = { accept: 'text/html' };

async function withDocument() {
  const ctx = await testApp();
  const id = (await (await postText(ctx.app, { text: HOSTILE_TEXT, title: 'Hostile <b>title</b>' })).json()).results[0]
    .id as string;
  return { ...ctx, id };
}

describe('web pages', () => {
  test('should list documents with a search box, filters and a strict CSP', async () => {
    const { app, store } = await withDocument();
    const res = await app.request('/', { headers: HTML });
    assert.equal(res.status, 200);
    assert.match(
      res.headers.get('content-security-policy') ?? '',
      /default-src 'self'; script-src 'self'; style-src 'self'/,
    );
    const html = await res.text();
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /action="\/search"/);
    assert.match(html, /<select name="kind">/);
    assert.match(html, /Hostile &lt;b&gt;title&lt;\/b&gt;/);
    assert.doesNotMatch(html, /<script>|<b>title/);
    assert.doesNotMatch(html, /<script(?! src="\/assets\/app\.js")/);
    await store.close();
  });

  test('should render the reader with margin labels, anchors and escaped hostile text', async () => {
    const { app, store, id } = await withDocument();
    const html = await (await app.request(`/documents/${id}`)).text();
    assert.match(html, /<section class="block clause" id="c-1">/);
    assert.match(html, /<a class="label" href="#c-3"[^>]*>3\.<\/a>/);
    assert.match(html, /id="p-1"/);
    assert.match(html, /data-copy-link/);
    assert.match(html, /&lt;script&gt;window.__pwned=1&lt;\/script&gt;/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.doesNotMatch(html, /<script>window|<img src=x/);
    await store.close();
  });

  test('should show search hits with escaped, highlighted snippets linking to the clause', async () => {
    const { app, store, id } = await withDocument();
    const html = await (await app.request('/search?q=initiative')).text();
    assert.match(html, /<mark>initiative<\/mark>/);
    assert.match(html, new RegExp(`href="/documents/${id}#c-2"`));
    assert.doesNotMatch(html, /<img src=x/);
    assert.match(html, /1 passage found/);
    const empty = await (await app.request('/search')).text();
    assert.doesNotMatch(empty, /found/);
    await store.close();
  });

  test('should import pasted text from the form and list the outcome', async () => {
    const { app, store } = await testApp();
    assert.match(await (await app.request('/import')).text(), /<textarea name="text"/);
    const form = new FormData();
    form.set('title', 'Pasted');
    form.set('text', '1. The Parties agreed.');
    form.append('files', new File([new Uint8Array([0, 9])], 'bad.bin'));
    const res = await app.request('/import', { method: 'POST', body: form });
    assert.equal(res.status, 201);
    const html = await res.text();
    assert.match(html, /1<\/strong> added/);
    assert.match(
      html,
      new RegExp(
        'class="failed"><span class="badge">failed</span><span>bad\\.bin</span>: ' +
          '<span class="reason">This file is binary, not text\\.</span>',
      ),
    );
    assert.match(html, /<a href="\/documents\/d_[0-9a-f]{16}">Pasted<\/a>/);
    await store.close();
  });

  test('should render problems as pages for browsers and serve the assets', async () => {
    const { app, store } = await testApp();
    const missing = await app.request('/documents/d_none', { headers: HTML });
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type') ?? '', /text\/html/);
    assert.match(await missing.text(), /No document with id &quot;d_none&quot;|No document with id "d_none"/);
    const css = await app.request('/assets/app.css');
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);
    assert.equal((await app.request('/assets/app.js')).headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal((await app.request('/assets/..%2Fpages%2Findex.ts')).status, 404);
    await store.close();
  });

  test('should give the upload form a progress region driven by a static script, not inline code', async () => {
    const { app, store } = await testApp();
    const html = await (await app.request('/import')).text();
    assert.match(html, /<form[^>]*data-import-upload/);
    assert.match(html, /data-import-progress[^>]*hidden/);
    assert.match(html, /<script src="\/assets\/import-progress\.js" defer[^>]*><\/script>/);
    assert.doesNotMatch(html, /<script>(?!<\/script>)/, 'no inline script');
    const script = await app.request('/assets/import-progress.js');
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(await script.text(), /upload\.addEventListener\('progress'/);
    await store.close();
  });
});

test('should ignore the empty fields a submitted filter form sends (regression)', async () => {
  const { app } = await testApp();
  for (const url of ['/?kind=&language=&publisher=&text=', '/search?q=treaty&kind=']) {
    const res = await app.request(url);
    assert.equal(res.status, 200, url);
  }
});
