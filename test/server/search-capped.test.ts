/**
 * A search with more matches than are ranked says so wherever it is shown: `capped` and the
 * cap as total in the API, "2000+" on the page (the total is a lower bound, not a count).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { RANKED_MATCHES_CAP } from '../../src/store/search-filters.ts';
import { record } from '../store/store-fixtures.ts';
import { testApp } from './test-app.ts';

describe('capped search totals', () => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  before(async () => {
    ctx = await testApp();
    const paragraphs = Array.from({ length: RANKED_MATCHES_CAP + 10 }, (_, i) => ({
      kind: 'paragraph' as const,
      text: `Manyword item ${i}.${i === 3 ? ' Oneword.' : ''}`,
    }));
    await ctx.store.putDocument(record('d_many', paragraphs));
  });
  after(() => ctx.store.close());

  test('should mark the API total as a lower bound past the cap, and only then', async () => {
    const capped = await (await ctx.app.request('/api/search?q=manyword&limit=5')).json();
    assert.deepEqual([capped.total, capped.capped, capped.items.length], [RANKED_MATCHES_CAP, true, 5]);
    const exact = await (await ctx.app.request('/api/search?q=oneword')).json();
    assert.deepEqual([exact.total, exact.capped, exact.items.length], [1, undefined, 1]);
  });

  test('should show the capped total with a plus on the search page', async () => {
    const html = await (await ctx.app.request('/search?q=manyword')).text();
    assert.match(html, new RegExp(`${RANKED_MATCHES_CAP}\\+ passages found`));
    const one = await (await ctx.app.request('/search?q=oneword')).text();
    assert.match(one, /1 passage found/);
    assert.doesNotMatch(one, /1\+/);
  });
});
