/**
 * @module search-names-api.test
 * Name-aware search through the API and the web page: "Tokaev" finds the "Tokayev" the text
 * prints, the expansion is in the response and on the page, and `exact=1` turns it off.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { postText, testApp } from './test-app.ts';

const TEXT = '1. President Tokayev opened the water forum in Astana.\n2. The forum closed on Friday.\n';

describe('name-aware search', () => {
  test('should widen a name in the API, show the widening, and search exactly on request', async () => {
    const { app, store } = await testApp();
    try {
      await postText(app, { text: TEXT, title: 'Forum' });
      const widened = await (await app.request('/api/search?q=Tokaev')).json();
      assert.equal(widened.total, 1);
      assert.equal(widened.expansions[0].entityId, 'person:tokayev-kassym-jomart');
      assert.ok(widened.expansions[0].variants.includes('Tokayev'));
      const exact = await (await app.request('/api/search?q=Tokaev&exact=1')).json();
      assert.deepEqual([exact.total, exact.expansions], [0, []]);
      assert.equal((await app.request('/api/search?q=Tokaev&exact=maybe')).status, 400);
    } finally {
      await store.close();
    }
  });

  test('should show the widening on the search page and keep exact in its form', async () => {
    const { app, store } = await testApp();
    try {
      await postText(app, { text: TEXT, title: 'Forum' });
      const page = await (await app.request('/search?q=Tokaev')).text();
      assert.match(page, /is Kassym-Jomart Tokayev: also searched [^<]*Tokayev/);
      assert.match(page, /1 passage found/);
      const exact = await (await app.request('/search?q=Tokaev&exact=1')).text();
      assert.doesNotMatch(exact, /also searched/);
      assert.match(exact, /name="exact" value="1" checked/);
      assert.match(exact, /Nothing found/);
    } finally {
      await store.close();
    }
  });
});
