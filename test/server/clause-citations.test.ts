/**
 * @module clause-citations.test
 * The primary document's reader shows which reports cite each clause, with the verdicts
 * (issue 9): over the real ingest of the invented documents (test/fixtures/claims).
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAnalyser } from '../../src/analyse/analyser.ts';
import { createApp } from '../../src/app/create-app.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import { clauseCitations } from '../../src/services/clause-citations.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/store.ts';
import { tokenFor, withToken } from './test-credentials.ts';

const fixtures = fileURLToPath(new URL('../fixtures/claims/', import.meta.url));
const analyser = createAnalyser();
let store: Store;
let primaryId = '';

describe('clauses cited by reports', () => {
  before(async () => {
    store = await openStore({ sqlitePath: ':memory:' });
    for (const fileName of ['c5plus1-joint-statement.txt', 'c5plus1-news.txt']) {
      const outcome = await ingest(store, { bytes: readFileSync(`${fixtures}${fileName}`), fileName }, analyser);
      assert.ok(outcome.ok);
      if (fileName.includes('joint-statement') && outcome.ok) primaryId = outcome.id;
    }
  });

  test('should list each cited clause with the citing claims and their verdicts', async () => {
    const citations = await clauseCitations(store, primaryId);
    // Clause 3 is also evidence for the report's list of topics ('renewable energy projects').
    assert.deepEqual(
      citations
        .get('3')
        ?.filter((c) => c.claimText.includes('joint fund'))
        .map((c) => c.verdict),
      ['contradicted'],
      'the fund of $800 million against $500 million',
    );
    assert.ok(citations.get('4')?.some((c) => c.verdict === 'supported'));
    assert.ok([...citations.values()].flat().every((c) => c.report === 'Ministers meet in Ashgabat'));
  });

  test('should show them on the primary document’s reader page', async () => {
    const app = withToken(createApp({ store, analyser, ingest, log: () => {} }), await tokenFor(store, 'viewer'));
    const res = await app.request(`/documents/${primaryId}`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /Cited by reports/);
    assert.match(html, /href="\/documents\/[^"#]+#claim-\d+">Ministers meet in Ashgabat<\/a>/);
    assert.match(html, /badge cl-contradicted/);
  });
});
