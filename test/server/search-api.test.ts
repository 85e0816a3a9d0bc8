import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HOSTILE_TEXT, postText, testApp } from './test-app.ts';

describe('search API', () => {
  test('should return ranked hits with marked snippets and the clause label', async () => {
    const { app, store } = await testApp();
    await postText(app, { text: HOSTILE_TEXT, title: 'Communique' });
    const res = await app.request('/api/search?q=glaciers');
    assert.equal(res.status, 200);
    const page = await res.json();
    assert.equal(page.query, 'glaciers');
    assert.equal(page.total, 1);
    assert.equal(page.items[0].label, '3');
    const hit = page.items[0];
    assert.doesNotMatch(JSON.stringify(page), /\\u000[23]/, 'no control characters anywhere');
    assert.ok(hit.marks.length >= 1);
    for (const mark of hit.marks) assert.equal(hit.snippet.slice(mark.start, mark.end).toLowerCase(), 'glaciers');
    assert.match(hit.snippetHtml, /<mark>glaciers<\/mark>/);
    assert.doesNotMatch(hit.snippetHtml.replace(/<\/?mark>/g, ''), /[<>]/, 'document text is escaped');
    await store.close();
  });

  test('should answer 400 when q is missing or limit is out of range', async () => {
    const { app, store } = await testApp();
    const missing = await app.request('/api/search');
    assert.equal(missing.status, 400);
    assert.deepEqual((await missing.json()).errors[0], { pointer: '/q', message: 'is required' });
    assert.equal((await app.request('/api/search?q=a&limit=1000')).status, 400);
    await store.close();
  });
});
