import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { STATEMENT_COLUMNS } from '../../src/export/statements-csv.ts';
import { testApp } from './test-app.ts';
import { ID_A, ID_B, putViewsFixture } from './views-fixture.ts';

async function withFixture() {
  const ctx = await testApp();
  await putViewsFixture(ctx.store);
  return ctx;
}

describe('statements API', () => {
  test('should read texts for the page shown only, and for every row when the text is searched', async () => {
    const { app, store } = await withFixture();
    const bare = await store.statements({ withText: false });
    assert.equal(bare.length, 3);
    assert.ok(bare.every((s) => s.text === ''));
    const paged = await (await app.request('/api/statements?limit=1&offset=1')).json();
    assert.equal(paged.items.length, 1);
    assert.ok(paged.items[0].text.length > 10, 'the page row has its text');
    const searched = await (await app.request('/api/statements?q=corridor')).json();
    assert.equal(searched.items[0].text, 'The Parties will build a water corridor by 2027.');
    await store.close();
  });

  test('should list statements with their meeting and count them per sector, state and kind', async () => {
    const { app, store } = await withFixture();
    const all = await (await app.request('/api/statements')).json();
    assert.equal(all.total, 3);
    assert.deepEqual(all.byKind, { commitment: 2, endorsement: 1 });
    assert.deepEqual(all.byActor, { KZ: 2, UZ: 2 });
    assert.deepEqual(all.bySector, { environment: 1, transport: 1, political: 1, trade: 1 });
    const water = all.items.find(
      (r: { clause: string; documentId: string }) => r.documentId === ID_A && r.clause === '1',
    );
    assert.equal(water.text, 'The Parties will build a water corridor by 2027.');
    assert.equal(water.meeting.format, 'Lakeside Five');
    await store.close();
  });

  test('should filter by kind, state, sector, format, meeting, deadline and text, counting matches', async () => {
    const { app, store } = await withFixture();
    const get = async (query: string) => (await app.request(`/api/statements?${query}`)).json();
    const ids = (r: { items: { documentId: string; clause: string }[] }) =>
      r.items.map((s) => `${s.documentId === ID_A ? 'A' : 'B'}${s.clause}`).sort();
    assert.deepEqual(ids(await get('kind=commitment')), ['A1', 'B1']);
    assert.deepEqual(ids(await get('actor=kz')), ['A1', 'A2']);
    assert.deepEqual(ids(await get('sector=trade')), ['B1']);
    assert.deepEqual(ids(await get('format=lakeside')), ['A1', 'A2']);
    assert.deepEqual(ids(await get('meeting=Lakeside%202025')), ['A1', 'A2']);
    assert.deepEqual(ids(await get('deadlineFrom=2028')), ['B1']);
    assert.deepEqual(ids(await get('deadlineFrom=2027-01&deadlineTo=2029')), ['A1']);
    assert.deepEqual(ids(await get('q=WATER')), ['A1']);
    const uz = await get('actor=UZ&kind=commitment&limit=1');
    assert.deepEqual([uz.total, uz.items.length, uz.byActor], [2, 1, { KZ: 1, UZ: 2 }]);
    await store.close();
  });

  test('should refuse invalid filters with a 400 problem', async () => {
    const { app, store } = await withFixture();
    for (const q of ['kind=promise', 'sector=space', 'actor=KAZ', 'deadlineFrom=May', 'limit=0']) {
      const res = await app.request(`/api/statements?${q}`);
      assert.equal(res.status, 400, q);
      assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
    }
    await store.close();
  });

  test('should export the filtered statements as CSV with formula cells defused', async () => {
    const { app, store } = await withFixture();
    const res = await app.request('/api/exports/statements.csv?actor=UZ');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(res.headers.get('content-disposition') ?? '', /filename="statements.csv"/);
    const lines = (await res.text()).trimEnd().split('\r\n');
    assert.equal(lines[0], STATEMENT_COLUMNS.join(','));
    assert.equal(lines.length, 3);
    const b = lines.find((l) => l.startsWith(ID_B))!;
    assert.match(b, /,commitment,UZ,trade,2030,/);
    assert.match(b, /Uzbekistan agreed to expand trade with Evil Corp in 2030\. =cmd\|calc formula\./);
    assert.equal((await app.request('/api/exports/statements.csv?sector=space')).status, 400);
    await store.close();
  });
});
