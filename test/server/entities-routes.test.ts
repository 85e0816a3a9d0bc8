import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MENTION_COLUMNS } from '../../src/export/mentions-csv.ts';
import { testApp } from './test-app.ts';
import { ID_A, TEXT_A, putViewsFixture, spanOf } from './views-fixture.ts';

async function withFixture() {
  const ctx = await testApp();
  await putViewsFixture(ctx.store);
  return ctx;
}

type App = Awaited<ReturnType<typeof testApp>>['app'];
const postDecision = (app: App, body: unknown) =>
  app.request('/api/decisions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const entity = async (app: App, id: string) => app.request(`/api/entities/${encodeURIComponent(id)}`);

describe('entities API', () => {
  test('should list reviewed entities, most mentioned first, filtered by type and spelling', async () => {
    const { app, store } = await withFixture();
    const all = await (await app.request('/api/entities')).json();
    assert.equal(all.total, 6);
    assert.equal(all.items[0].id, 'country:KZ');
    assert.deepEqual([all.items[0].mentionCount, all.items[0].documentCount, all.items[0].known], [2, 1, true]);
    const people = await (await app.request('/api/entities?type=person')).json();
    assert.deepEqual(people.items.map((e: { id: string }) => e.id).sort(), [
      'new:person:ivan-petrov',
      'new:person:petrov',
      'person:tokayev-kassym-jomart',
    ]);
    const found = await (await app.request('/api/entities?q=PETRO&limit=1')).json();
    assert.deepEqual([found.total, found.items.length, found.limit], [2, 1, 1]);
    assert.equal((await app.request('/api/entities?type=planet')).status, 400);
    await store.close();
  });

  test('should give an entity with mentions in context, clause anchors, co-occurring entities, meetings', async () => {
    const { app, store } = await withFixture();
    const kz = await (await entity(app, 'country:KZ')).json();
    assert.equal(kz.mentionTotal, 2);
    assert.deepEqual(
      kz.mentions.map((m: { anchor: string }) => m.anchor),
      ['p-2', 'c-2'],
    );
    assert.equal(kz.mentions[1].surface, 'Kazakhstan');
    assert.equal(kz.mentions[1].after.slice(0, 9), ' welcomed');
    assert.ok(kz.coOccurring.some((o: { id: string }) => o.id === 'country:UZ'));
    assert.deepEqual(
      kz.meetings.map((m: { documentId: string; as: string }) => [m.documentId, m.as]),
      [[ID_A, 'party']],
    );
    const petrov = await (await entity(app, 'new:person:ivan-petrov')).json();
    assert.deepEqual(petrov.meetings[0], {
      documentId: ID_A,
      title: 'Lakeside <b>statement</b>',
      as: 'participant',
      role: 'Minister',
      meeting: petrov.meetings[0].meeting,
    });
    assert.equal(petrov.meetings[0].meeting.format, 'Lakeside Five');
    assert.deepEqual(petrov.roles, []);
    const paged = await (await app.request('/api/entities/country:KZ?limit=1&offset=1')).json();
    assert.deepEqual([paged.mentions.length, paged.mentions[0].anchor], [1, 'c-2']);
    assert.equal((await entity(app, 'country:XX')).status, 404);
    await store.close();
  });

  test('should show knowledge-base roles of a known person', async (t) => {
    const { app, store } = await withFixture();
    const tokayev = await (await entity(app, 'person:tokayev-kassym-jomart')).json();
    if (!tokayev.facts.length) {
      await store.close();
      return t.skip('knowledge base has no record for person:tokayev-kassym-jomart');
    }
    assert.ok(tokayev.roles.length > 0);
    assert.equal(typeof tokayev.roles[0].role, 'string');
    await store.close();
  });

  test('should merge two entities so the merged spelling shows under the survivor', async () => {
    const { app, store } = await withFixture();
    const res = await postDecision(app, {
      target: 'entity:new:person:petrov',
      action: 'merge',
      payload: { into: 'new:person:ivan-petrov' },
      note: 'same man',
    });
    assert.equal(res.status, 201);
    const decision = await res.json();
    assert.equal(decision.by, 'test-admin');
    assert.ok(typeof decision.id === 'number' && !Number.isNaN(Date.parse(decision.at)));
    const survivor = await (await entity(app, 'new:person:ivan-petrov')).json();
    assert.deepEqual([...survivor.entity.spellings].sort(), ['Ivan Petrov', 'Petrov']);
    assert.equal(survivor.entity.mentionCount, 2);
    assert.equal((await entity(app, 'new:person:petrov')).status, 404);
    const listed = await (await app.request('/api/decisions?target=entity:new:person:petrov')).json();
    assert.deepEqual(
      listed.items.map((d: { action: string; note: string }) => [d.action, d.note]),
      [['merge', 'same man']],
    );
    await store.close();
  });

  test('should refuse malformed decisions and unknown targets as problem details', async () => {
    const { app, store } = await withFixture();
    const bad = await postDecision(app, { target: 'entity:country:KZ', action: 'merge', payload: {} });
    assert.equal(bad.status, 400);
    assert.match(bad.headers.get('content-type') ?? '', /application\/problem\+json/);
    const problem = await bad.json();
    assert.equal(problem.code, 'invalid-decision');
    assert.match(problem.detail, /merge needs payload\.into/);
    assert.equal((await postDecision(app, { target: 'entity:country:KZ', action: 'explode' })).status, 400);
    assert.equal(
      (await postDecision(app, { target: 'entity:country:KZ', action: 'merge', payload: { into: 'country:XX' } }))
        .status,
      400,
    );
    assert.equal(
      (await postDecision(app, { target: 'entity:country:XX', action: 'rename', payload: { name: 'X' } })).status,
      404,
    );
    assert.equal((await postDecision(app, { target: `mention:${ID_A}:1:2`, action: 'reject' })).status, 404);
    assert.equal((await postDecision(app, { action: 'reject' })).status, 400);
    assert.equal(
      (
        await app.request('/api/decisions', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{',
        })
      ).status,
      400,
    );
    assert.deepEqual(await store.listDecisions(), []);
    await store.close();
  });

  test('should drop a rejected mention from its entity', async () => {
    const { app, store } = await withFixture();
    const { start, end } = spanOf(TEXT_A, 'Kazakhstan', 1);
    assert.equal(
      (await postDecision(app, { target: `mention:${ID_A}:${start}:${end}`, action: 'reject', by: 'alice' })).status,
      201,
    );
    const kz = await (await entity(app, 'country:KZ')).json();
    assert.equal(kz.entity.mentionCount, 1);
    assert.deepEqual(
      kz.mentions.map((m: { start: number }) => m.start),
      [spanOf(TEXT_A, 'Kazakhstan', 0).start],
    );
    const csv = await (await app.request('/api/exports/mentions.csv')).text();
    assert.ok(
      csv
        .split('\r\n')
        .some((line) => line.startsWith(`${ID_A},${start},${end},Kazakhstan,`) && line.endsWith(',true,true')),
      'the CSV keeps the mention, marked reviewed and rejected',
    );
    await store.close();
  });

  test('should split chosen mentions into a new entity, and rename and alias it', async () => {
    const { app, store } = await withFixture();
    const m = { documentId: ID_A, ...spanOf(TEXT_A, 'Kazakhstan', 1) };
    const split = await (
      await postDecision(app, {
        target: 'entity:country:KZ',
        action: 'split',
        payload: { mentions: [m], name: 'Kazakh Party' },
      })
    ).json();
    const list = await (await app.request('/api/entities?q=kazakh party')).json();
    assert.equal(list.total, 1);
    assert.equal(list.items[0].id, `user:country:kazakh-party-${split.id}`);
    assert.equal(
      (
        await postDecision(app, {
          target: 'entity:country:KZ',
          action: 'split',
          payload: { mentions: [{ documentId: ID_A, start: 0, end: 4 }], name: 'X' },
        })
      ).status,
      400,
    );
    assert.equal(
      (await postDecision(app, { target: 'entity:country:UZ', action: 'add-alias', payload: { alias: 'Ouzbékistan' } }))
        .status,
      201,
    );
    assert.equal(
      (
        await postDecision(app, {
          target: 'entity:country:UZ',
          action: 'rename',
          payload: { name: 'Republic of Uzbekistan' },
        })
      ).status,
      201,
    );
    const uz = await (await entity(app, 'country:UZ')).json();
    assert.equal(uz.entity.name, 'Republic of Uzbekistan');
    assert.ok(uz.entity.spellings.includes('Ouzbékistan'));
    await store.close();
  });

  test('should export Popolo JSON and the mentions CSV', async () => {
    const { app, store } = await withFixture();
    const popolo = await (await app.request('/api/exports/popolo.json')).json();
    assert.deepEqual(Object.keys(popolo).sort(), ['events', 'memberships', 'organizations', 'persons']);
    assert.deepEqual(popolo.persons.map((p: { id: string }) => p.id).sort(), [
      'new:person:ivan-petrov',
      'new:person:petrov',
      'person:tokayev-kassym-jomart',
    ]);
    assert.ok(popolo.organizations.some((o: { id: string }) => o.id === 'new:organization:evil-corp'));
    const orgIds = new Set(popolo.organizations.map((o: { id: string }) => o.id));
    for (const m of popolo.memberships)
      assert.ok(orgIds.has(m.organization_id), `membership points to ${m.organization_id}`);
    const res = await app.request('/api/exports/mentions.csv');
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename="mentions.csv"/);
    const lines = (await res.text()).trimEnd().split('\r\n');
    assert.equal(lines[0], MENTION_COLUMNS.join(','));
    assert.equal(lines.length, 1 + 8);
    await store.close();
  });
});
