/**
 * The review queue over HTTP: listing, single and bulk decisions, the author taken from the
 * session whatever the body says, 400 on bad payloads, and the /queue page's plain forms.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { documentId } from '../../src/model/document-id.ts';
import { buildTree } from './fixture-ingest.ts';
import { testApp } from './test-app.ts';

const TEXT = [
  'Final Communique',
  '',
  '1. The Parties will open a trade house in Almaty.',
  '',
  '2. The Parties noted the report.',
].join('\n');

async function appWithDocument() {
  const t = await testApp();
  const id = documentId(TEXT);
  const span = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });
  const statement = (words: string, kind: string, confidence: number) => ({
    layer: 'statements',
    ...span(words),
    value: { clause: '1', kind, actors: ['KZ'], sectors: ['trade'], deadline: null, references: [] },
    source: 'statements:test',
    confidence,
  });
  await t.store.putDocument({
    document: { id, text: TEXT, meta: { title: 'Final Communique', fileName: 'f.txt', kind: 'communique' } },
    tree: buildTree(TEXT),
    analysis: {
      layers: {
        statements: [
          statement('The Parties will open a trade house in Almaty.', 'commitment', 0.55),
          statement('The Parties noted the report.', 'record', 0.9),
        ],
        meeting: [
          {
            layer: 'meeting',
            ...span('Final Communique'),
            value: {
              format: 'Test Format',
              level: null,
              edition: null,
              date: null,
              end: null,
              city: 'Almaty',
              country: 'KZ',
            },
            source: 'meeting:test',
            confidence: 0.7,
          },
        ],
      },
      diagnostics: [],
      versions: {},
    },
  });
  return { ...t, id };
}

const post = (app: Awaited<ReturnType<typeof testApp>>['app'], body: unknown) =>
  app.request('/api/queue/decisions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('review queue API', () => {
  test('should list the open suggestions, least confident first, filtered by kind', async () => {
    const { app, store } = await appWithDocument();
    try {
      const res = await app.request('/api/queue');
      assert.equal(res.status, 200);
      const body = (await res.json()) as { total: number; items: { id: string; kind: string; text: string }[] };
      assert.equal(body.total, 8, 'three per statement, the format and the city');
      assert.equal(body.items[0].kind, 'statement-kind');
      assert.match(body.items[0].text, /trade house/);
      const cities = (await (await app.request('/api/queue?kind=meeting-city')).json()) as typeof body;
      assert.deepEqual(
        cities.items.map((i) => i.text),
        ['Final Communique'],
      );
      assert.equal((await app.request('/api/queue?kind=nonsense')).status, 400);
      assert.equal((await app.request('/api/queue?limit=0')).status, 400);
    } finally {
      await store.close();
    }
  });

  test('should record the session user as the author even when the body names someone', async () => {
    const { app, store, id } = await appWithDocument();
    try {
      const item = `meeting:${id}#city`;
      const res = await post(app, { item, action: 'correct', value: 'Astana', note: 'typo', by: 'mallory' });
      assert.equal(res.status, 201);
      const decision = (await res.json()) as { by: string; payload: Record<string, unknown>; note: string };
      assert.notEqual(decision.by, 'mallory');
      assert.ok(decision.by && decision.by !== 'anonymous', `author: ${decision.by}`);
      assert.deepEqual(decision.payload.machine, { value: 'Almaty', confidence: 0.7, rule: 'meeting:test' });
      assert.equal(decision.note, 'typo');
      const [stored] = await store.listDecisions({ target: `meeting:${id}` });
      assert.equal(stored.by, decision.by);
      const left = (await (await app.request('/api/queue')).json()) as { items: { id: string }[] };
      assert.ok(!left.items.some((i) => i.id === item));
    } finally {
      await store.close();
    }
  });

  test('should take several decisions in one request and report each', async () => {
    const { app, store, id } = await appWithDocument();
    try {
      const items = (
        (await (await app.request('/api/queue?kind=statement-actors')).json()) as { items: { id: string }[] }
      ).items;
      const res = await post(app, {
        decisions: [
          ...items.map((i) => ({ item: i.id, action: 'confirm' })),
          { item: `statement:${id}:0:3#actors`, action: 'confirm' },
        ],
      });
      assert.equal(res.status, 200);
      const { results } = (await res.json()) as { results: { ok: boolean; status?: number }[] };
      assert.deepEqual(
        results.map((r) => r.ok || r.status),
        [true, true, 404],
      );
      assert.equal(
        ((await (await app.request('/api/queue?kind=statement-actors')).json()) as { total: number }).total,
        0,
      );
    } finally {
      await store.close();
    }
  });

  test('should answer 400 to bad payloads and store nothing', async () => {
    const { app, store, id } = await appWithDocument();
    try {
      const item = `statement:${id}:${TEXT.indexOf('The Parties will')}:${TEXT.indexOf('Almaty.') + 7}#kind`;
      const bad: unknown[] = [
        'not json',
        '['.repeat(100_000),
        {},
        { item, action: 'approve' },
        { item, action: 'correct' },
        { item, action: 'correct', value: 'promise' },
        { item, action: 'correct', value: { nested: ['x'] } },
        { item: 'x'.repeat(701), action: 'confirm' },
        { item, action: 'confirm', note: 'n'.repeat(2001) },
        { decisions: [] },
        { decisions: Array.from({ length: 201 }, () => ({ item, action: 'confirm' })) },
        { item: `meeting:${id}#city`, action: 'correct', value: '' },
      ];
      for (const body of bad) {
        const res = await post(app, body);
        assert.equal(res.status, 400, `${JSON.stringify(body).slice(0, 80)} → ${res.status}`);
        assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
      }
      assert.equal((await post(app, { item: `statement:${id}:1:2#kind`, action: 'confirm' })).status, 404);
      assert.equal((await store.listDecisions()).length, 0);
    } finally {
      await store.close();
    }
  });
});

describe('/queue page', () => {
  test('should show the items with their forms and keys, and take a plain form post', async () => {
    const { app, store, id } = await appWithDocument();
    try {
      const page = await (await app.request('/queue?kind=statement-kind')).text();
      assert.match(page, /<kbd>j<\/kbd>/);
      assert.match(page, /src="\/assets\/review-queue.js"/);
      assert.equal((page.match(/class="q-item /g) ?? []).length, 2);
      const start = TEXT.indexOf('The Parties will');
      const item = `statement:${id}:${start}:${TEXT.indexOf('Almaty.') + 7}#kind`;
      const form = new URLSearchParams({
        item,
        action: 'correct',
        value: 'position',
        back: '/queue?kind=statement-kind',
        by: 'mallory',
      });
      const res = await app.request('/queue/decisions', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
        body: form.toString(),
      });
      assert.equal(res.status, 303, await res.clone().text());
      assert.match(res.headers.get('location') ?? '', /^\/queue\?kind=statement-kind&done=/);
      const after = await (await app.request('/queue?kind=statement-kind')).text();
      assert.equal((after.match(/class="q-item /g) ?? []).length, 1);
      const reader = await (await app.request(`/documents/${id}`)).text();
      assert.match(reader, /reviewed by (?!mallory)\S+/);
      assert.match(reader, /badge st-position/);
      const csv = await (await app.request('/api/exports/statements.csv')).text();
      assert.match(csv.split('\r\n')[0], /reviewed_by,reviewed_at,reviewed_fields$/);
      assert.match(csv, /,position,.*,kind\r\n/);

      const bulk = new URLSearchParams([
        ['item', `meeting:${id}#city`],
        ['item', `meeting:${id}#format`],
        ['action', 'reject'],
        ['back', 'https://evil.example/'],
      ]);
      const res2 = await app.request('/queue/decisions', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
        body: bulk.toString(),
      });
      assert.equal(res2.status, 303);
      assert.match(res2.headers.get('location') ?? '', /^\/queue\?done=rejected\+2\+item/);
      const reader2 = await (await app.request(`/documents/${id}`)).text();
      assert.match(reader2, /class="m-place">Kazakhstan</, 'a rejected city is no longer shown');
      assert.match(reader, /class="m-place">Astana|class="m-place">Almaty, Kazakhstan</);
      assert.match(reader, /class="st st-position"/, 'the highlight shows the corrected kind too');
    } finally {
      await store.close();
    }
  });
});
