/**
 * @module claims-routes.test
 * `/api/claims` over the real ingest of invented documents (test/fixtures/claims): filters by
 * meeting, outlet and verdict; a reviewer's verdict is stored append-only, shown with who
 * decided, survives re-analysis; bad reviews are problems; the exports answer.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAnalyser } from '../../src/analyse/analyser.ts';
import { createApp } from '../../src/app/create-app.ts';
import { reanalyse } from '../../src/cli/analyse-command.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/store.ts';
import { tokenFor, withToken } from './test-credentials.ts';

const fixtures = fileURLToPath(new URL('../fixtures/claims/', import.meta.url));
const analyser = createAnalyser();
let store: Store;
let app: ReturnType<typeof createApp>;

const getJson = async (path: string) => {
  const res = await app.request(path);
  assert.equal(res.status, 200, path);
  return res.json() as Promise<{ items: any[]; total: number }>;
};

describe('claims API', () => {
  before(async () => {
    store = await openStore({ sqlitePath: ':memory:' });
    app = withToken(createApp({ store, analyser, ingest, log: () => {} }), await tokenFor(store, 'reviewer'));
    // The report first: it is re-checked when its primary document arrives.
    for (const fileName of ['c5plus1-news.txt', 'c5plus1-joint-statement.txt'])
      assert.ok((await ingest(store, { bytes: readFileSync(`${fixtures}${fileName}`), fileName }, analyser)).ok);
  });

  test('should list claims with filters by verdict and meeting', async () => {
    const all = await getJson('/api/claims?limit=200');
    assert.ok(all.total >= 7);
    const contradicted = await getJson('/api/claims?verdict=contradicted');
    assert.ok(contradicted.total >= 3 && contradicted.items.every((c) => c.verdict === 'contradicted'));
    assert.ok(contradicted.items.some((c) => c.differences.some((d: any) => d.field === 'figure')));
    const meeting = all.items[0].meetingId;
    assert.equal((await getJson(`/api/claims?meeting=${encodeURIComponent(meeting)}&limit=200`)).total, all.total);
    assert.equal((await getJson('/api/claims?meeting=event:none')).total, 0);
    assert.equal((await getJson('/api/claims?outlet=nobody')).total, 0);
    const supported = await getJson('/api/claims?verdict=supported');
    assert.ok(supported.items[0].evidence[0].text.length > 0, 'evidence comes with its clause text');
  });

  test('should keep a reviewer’s verdict, with who decided, across re-analysis', async () => {
    const [target] = (await getJson('/api/claims?verdict=contradicted')).items;
    const res = await app.request('/api/claims/reviews', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        documentId: target.documentId,
        start: target.start,
        end: target.end,
        verdict: 'supported',
        by: 'ana', // ignored: who decides is the signed-in user
        note: 'checked by hand',
      }),
    });
    assert.equal(res.status, 201);
    await reanalyse(store, analyser, []);
    const after = (await getJson(`/api/claims?document=${target.documentId}&limit=200`)).items.find(
      (c) => c.start === target.start,
    );
    assert.deepEqual(
      [after.verdict, after.rule, after.review.by, after.review.machineVerdict],
      ['supported', 'review:test-reviewer', 'test-reviewer', 'contradicted'],
    );
  });

  test('should refuse a review of no claim or with a bad verdict', async () => {
    const post = (body: unknown) =>
      app.request('/api/claims/reviews', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    assert.equal((await post({ documentId: 'd_x', start: 0, end: 5, verdict: 'supported' })).status, 404);
    assert.equal((await post({ documentId: 'd_x', start: 0, end: 5, verdict: 'true' })).status, 400);
  });

  test('should export the claims as CSV and ClaimReview', async () => {
    const csv = await app.request('/api/exports/claims.csv?verdict=contradicted');
    assert.equal(csv.status, 200);
    assert.match(await csv.text(), /^document_id,file_name,publisher/);
    const ld = await (await app.request('/api/exports/claim-review.jsonld')).json();
    assert.ok(ld['@graph'].length >= 7);
  });
});
