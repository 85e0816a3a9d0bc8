/**
 * @module claims-pages.test
 * The reader of a report shows its claims highlighted by verdict with the evidence clause beside
 * each (words the clause lacks marked); the meeting page lists the reports with their counts and
 * flags a figure two reports give differently. Invented documents (test/fixtures/claims).
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAnalyser } from '../../src/analyse/analyser.ts';
import { createApp } from '../../src/app/create-app.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import { openStore } from '../../src/store/open-store.ts';
import { tokenFor, withToken } from '../server/test-credentials.ts';

const fixtures = fileURLToPath(new URL('../fixtures/claims/', import.meta.url));
const analyser = createAnalyser();
let app: ReturnType<typeof createApp>;
const ids: Record<string, string> = {};

describe('claims in the web pages', () => {
  before(async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    app = withToken(createApp({ store, analyser, ingest, log: () => {} }), await tokenFor(store));
    for (const fileName of ['c5plus1-joint-statement.txt', 'c5plus1-news.txt', 'c5plus1-news-second.txt']) {
      const outcome = await ingest(store, { bytes: readFileSync(`${fixtures}${fileName}`), fileName }, analyser);
      assert.ok(outcome.ok);
      ids[fileName] = outcome.id;
    }
  });

  test('should highlight claims by verdict with the evidence clause beside them', async () => {
    const html = await (await app.request(`/documents/${ids['c5plus1-news.txt']}`)).text();
    assert.match(html, /class="cl cl-contradicted"/);
    assert.match(html, /class="cl cl-supported"/);
    assert.match(html, /<blockquote><a href="\/documents\/[^"]+#c-3">c5plus1-joint-statement\.txt, 3<\/a>/);
    assert.match(html, /<mark class="diff">\$800<\/mark>/, 'the figure the clause lacks is marked');
    assert.match(html, /every report on this meeting/);
  });

  test('should list the reports of the meeting with their counts and flag differing figures', async () => {
    const reader = await (await app.request(`/documents/${ids['c5plus1-news.txt']}`)).text();
    const href = /href="(\/meetings\/[^"]+)"/.exec(reader)![1].replaceAll('&amp;', '&');
    const html = await (await app.request(href)).text();
    assert.match(html, /Ministers meet in Ashgabat/);
    assert.match(html, /Water council agreed in Ashgabat/);
    // The two reports' figures are flagged as one pair, whichever report is listed first.
    const pair = /<strong>\$(\d+) million<\/strong> \([^)]+\) vs <strong>\$(\d+) million<\/strong>/.exec(html);
    assert.ok(pair, 'a pair of differing figures is flagged');
    assert.deepEqual([pair[1], pair[2]].sort(), ['500', '800']);
  });
});
