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
    assert.match(page.items[0].snippet, /\u0002glaciers\u0003/);
    await store.close();
  });

  test('should answer 400 when q is missing or limit is out of range', async () => {
    const { app, store } = await testApp();
    const missing = await app.request('/api/search');
    assert.equal(missing.status, 400);
    assert.equal((await missing.json()).errors[0].pointer, 'query.q');
    assert.equal((await app.request('/api/search?q=a&limit=1000')).status, 400);
    await store.close();
  });
});
