/**
 * @module store-contract.test
 * One contract suite for every store dialect (SQLite in memory, PostgreSQL in a throw-away
 * schema). A dialect that cannot run is skipped with its reason, never silently.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import type { Database } from '../../src/store/database-schema.ts';
import { analysis, mention, record } from './store-fixtures.ts';
import { testDialects, type TestDialect } from './store-dialects.ts';
import { storeMigrations } from '../../src/store/migrations/migration-provider.ts';
import { sqliteDialectConfig } from '../../src/store/sqlite/sqlite-dialect-config.ts';

const TABLES: (keyof Database)[] = [
  'documents',
  'sources',
  'nodes',
  'passages',
  'annotations',
  'analysis_runs',
  'decisions',
];

async function counts(store: KyselyStore): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

const COOPERATION = record(
  'd_coop',
  [
    { kind: 'heading', text: 'Joint Declaration on Cooperation' },
    { kind: 'preamble', label: 'preamble', text: 'The Heads of State of Kazakhstan and China met in Astana.' },
    {
      kind: 'clause',
      label: '1',
      text: '1. The Parties will deepen trade cooperation, energy cooperation and transport cooperation.',
    },
    {
      kind: 'clause',
      label: '2',
      text: '2. The Parties welcomed the first summit and agreed on the following:',
      children: [
        { kind: 'clause', label: 'a', text: '(a) to hold the next summit in 2025;' },
        { kind: 'clause', label: 'b', text: '(b) to open consulates.' },
      ],
    },
  ],
  {
    title: 'Astana Declaration',
    fileName: 'astana.txt',
    kind: 'declaration',
    language: 'en',
    publisher: 'MFA',
    published: '2024-05-01',
    format: 'text',
    encoding: 'utf-8',
  },
);

for (const dialect of await testDialects()) {
  describe(`store contract: ${dialect.name}`, { skip: dialect.skip }, () => {
    const it = (name: string, fn: (store: KyselyStore) => Promise<void>) => test(name, () => withStore(dialect, fn));

    it('should report its full-text capability', async (store) => {
      assert.ok(['fts5', 'tsvector'].includes(store.capabilities.fullText));
    });

    it('should make a second migrate a no-op that keeps the data', async (store) => {
      await store.putDocument(COOPERATION);
      await store.migrate();
      await store.migrate();
      const applied = await store.db
        .selectFrom('kysely_migration' as any)
        .select('name' as any)
        .execute();
      // One row per migration the code defines, however many runs.
      assert.equal(applied.length, Object.keys(storeMigrations(sqliteDialectConfig)).length);
      assert.equal((await store.listDocuments()).total, 1);
    });

    it('should round-trip a document, its tree and source with offsets after an emoji', async (store) => {
      const source = new TextEncoder().encode('raw bytes 😀');
      const rec = record(
        'd_emoji',
        [
          { kind: 'paragraph', label: 'p1', text: 'Intro 🇰🇿 text.' },
          { kind: 'clause', label: '1', text: '1. The 🤝 Parties agree.' },
        ],
        { title: 'Emoji', kind: 'communique' },
        { prefix: '😀 ', source },
      );
      const clause = rec.tree.children[1];
      const tree = {
        ...rec.tree,
        children: [
          rec.tree.children[0],
          { ...clause, marker: { text: '1.', start: clause.start, end: clause.start + 2 }, notation: 'decimal' },
        ],
      };
      const withMarker = {
        ...rec,
        tree,
        analysis: analysis({ entities: [mention(rec.document.text, 'Parties', 'org:parties')] }),
      };
      assert.deepEqual(await store.putDocument(withMarker), { id: 'd_emoji', created: true });

      const stored = await store.getDocument('d_emoji');
      assert.ok(stored);
      assert.equal(stored.document.text, rec.document.text);
      assert.deepEqual(stored.document.meta, rec.document.meta);
      assert.deepEqual(stored.tree, tree);
      assert.equal(stored.length, rec.document.text.length);
      assert.equal(stored.clauseCount, 1);
      assert.match(stored.createdAt, /^\d{4}-\d\d-\d\dT/);
      const storedClause = stored.tree.children[1];
      assert.equal(stored.document.text.slice(storedClause.start, storedClause.end), '1. The 🤝 Parties agree.');
      assert.deepEqual(await store.getSource('d_emoji'), source);
      assert.ok((await store.getSource('d_emoji')) instanceof Uint8Array);

      const [a] = await store.getAnnotations({ layer: 'entities', documentId: 'd_emoji' });
      assert.equal(stored.document.text.slice(a.start, a.end), 'Parties');
      const { items } = await store.search({ query: 'parties' });
      assert.equal(items.length, 1);
      assert.equal(stored.document.text.slice(items[0].start, items[0].end), '1. The 🤝 Parties agree.');
      assert.equal(items[0].label, '1');
    });

    it('should tell whether a document is stored', async (store) => {
      assert.equal(await store.hasDocument('d_coop'), false);
      await store.putDocument(COOPERATION);
      assert.equal(await store.hasDocument('d_coop'), true);
      await store.deleteDocument('d_coop');
      assert.equal(await store.hasDocument('d_coop'), false);
    });

    it('should keep node rows for blocks but not for sentences, which the tree holds', async (store) => {
      const rec = record('d_sents', [{ kind: 'paragraph', label: 'p1', text: 'Leaders met. They agreed.' }]);
      const paragraph = rec.tree.children[0];
      const sentences = [
        { kind: 'sentence' as const, start: paragraph.start, end: paragraph.start + 12, children: [] },
        { kind: 'sentence' as const, start: paragraph.start + 13, end: paragraph.end, children: [] },
      ];
      const tree = { ...rec.tree, children: [{ ...paragraph, children: sentences }] };
      await store.putDocument({ ...rec, tree });
      const rows = await store.db
        .selectFrom('nodes')
        .select(['idx', 'parent_idx', 'kind'])
        .where('document_id', '=', 'd_sents')
        .orderBy('idx')
        .execute();
      assert.deepEqual(
        rows.map((r) => [Number(r.idx), r.parent_idx === null ? null : Number(r.parent_idx), r.kind]),
        [
          [0, null, 'root'],
          [1, 0, 'paragraph'],
        ],
      );
      assert.deepEqual((await store.getDocument('d_sents'))?.tree, tree);
    });

    it('should answer undefined for an unknown document', async (store) => {
      assert.equal(await store.getDocument('d_none'), undefined);
      assert.equal(await store.getSource('d_none'), undefined);
      assert.equal(await store.getAnalysisRun('d_none'), undefined);
    });

    it('should store the same document once and report created false', async (store) => {
      const first = {
        ...COOPERATION,
        analysis: analysis({ entities: [mention(COOPERATION.document.text, 'China', 'country:CN')] }),
      };
      assert.deepEqual(await store.putDocument(first), { id: 'd_coop', created: true });
      const before = await counts(store);
      const again = {
        ...COOPERATION,
        analysis: analysis({ entities: [mention(COOPERATION.document.text, 'Kazakhstan', 'country:KZ')] }),
      };
      assert.deepEqual(await store.putDocument(again), { id: 'd_coop', created: false });
      assert.deepEqual(await counts(store), before);
      assert.equal((await store.getAnnotations({ layer: 'entities', entityId: 'country:KZ' })).length, 0);
    });

    it('should let exactly one of two concurrent writers create a document', async (store) => {
      const results = await Promise.all([store.putDocument(COOPERATION), store.putDocument(COOPERATION)]);
      assert.deepEqual(results.map((r) => r.created).sort(), [false, true]);
      assert.equal((await counts(store)).documents, 1);
    });

    it('should roll back everything when a write fails mid-document', async (store) => {
      const bad = analysis({
        entities: [
          { layer: 'entities', start: 0, end: 5, value: { entityId: 'x', n: 1n }, source: 'test', confidence: 1 },
        ],
      });
      await assert.rejects(
        store.putDocument({ ...COOPERATION, source: new Uint8Array([1, 2]), analysis: bad }),
        /BigInt/,
      );
      assert.deepEqual(await counts(store), Object.fromEntries(TABLES.map((t) => [t, 0])));
      assert.equal((await store.search({ query: 'cooperation' })).total, 0);
      // The same document stores cleanly afterwards.
      assert.equal((await store.putDocument(COOPERATION)).created, true);
    });

    it('should refuse a tree whose spans fall outside the text', async (store) => {
      const broken = {
        ...COOPERATION,
        tree: { ...COOPERATION.tree, children: [{ kind: 'clause' as const, start: 5, end: 1e6, children: [] }] },
      };
      await assert.rejects(store.putDocument(broken), /outside the text/);
      assert.equal((await counts(store)).documents, 0);
    });

    it('should delete a document with everything hanging off it but keep decisions', async (store) => {
      await store.putDocument({
        ...COOPERATION,
        source: new Uint8Array([7]),
        analysis: analysis({ entities: [mention(COOPERATION.document.text, 'China', 'country:CN')] }),
      });
      await store.addDecision({
        target: 'entity:country:CN',
        action: 'rename',
        payload: { name: 'PRC' },
        by: 'alice',
        at: '2024-01-01T00:00:00Z',
      });
      assert.equal(await store.deleteDocument('d_coop'), true);
      assert.equal(await store.deleteDocument('d_coop'), false);
      assert.equal(await store.getDocument('d_coop'), undefined);
      assert.deepEqual(await counts(store), {
        documents: 0,
        sources: 0,
        nodes: 0,
        passages: 0,
        annotations: 0,
        analysis_runs: 0,
        decisions: 1,
      });
      assert.equal((await store.search({ query: 'cooperation' })).total, 0);
    });

    it('should list newest first with paging, total and filters', async (store) => {
      const doc = (id: string, meta: Record<string, string>, entity?: string) => {
        const rec = record(id, [{ kind: 'paragraph', text: `Text of ${id} about Kazakhstan.` }], meta);
        return entity
          ? { ...rec, analysis: analysis({ entities: [mention(rec.document.text, 'Kazakhstan', entity)] }) }
          : rec;
      };
      await store.putDocument(
        doc('d_old', {
          title: 'Old Communiqué',
          kind: 'communique',
          language: 'en',
          published: '2020-01-01',
          fileName: 'old.txt',
        }),
      );
      await store.putDocument(
        doc(
          'd_new',
          {
            title: 'New 100% Declaration',
            kind: 'declaration',
            language: 'ru',
            published: '2024-01-01',
            publisher: 'MFA',
          },
          'country:KZ',
        ),
      );
      await store.putDocument(
        doc(
          'd_mid',
          { title: 'Mid news', kind: 'news', language: 'en', published: '2022-06-01', fileName: 'MID_report.html' },
          'country:KZ',
        ),
      );
      await store.putDocument(doc('d_undated', { title: 'Undated', kind: 'news', language: 'en' }));

      const all = await store.listDocuments();
      assert.equal(all.total, 4);
      assert.deepEqual(
        all.items.map((d) => d.id),
        ['d_new', 'd_mid', 'd_old', 'd_undated'],
      );
      const page = await store.listDocuments({ limit: 2, offset: 1 });
      assert.equal(page.total, 4);
      assert.deepEqual(
        page.items.map((d) => d.id),
        ['d_mid', 'd_old'],
      );
      const ids = async (q: object) => (await store.listDocuments(q)).items.map((d) => d.id);
      assert.deepEqual(await ids({ kind: 'news' }), ['d_mid', 'd_undated']);
      assert.deepEqual(await ids({ language: 'ru' }), ['d_new']);
      assert.deepEqual(await ids({ publisher: 'MFA' }), ['d_new']);
      assert.deepEqual(await ids({ text: 'communiqué' }), ['d_old']);
      assert.deepEqual(await ids({ text: 'mid_report' }), ['d_mid']);
      assert.deepEqual(await ids({ text: '100%' }), ['d_new']);
      assert.deepEqual(await ids({ text: '%' }), ['d_new'], 'a % in the text filter is literal');
      assert.deepEqual(await ids({ text: 'd_' }), ['d_mid'], 'an _ in the text filter is literal');
      assert.deepEqual(await ids({ entityId: 'country:KZ' }), ['d_new', 'd_mid']);
      assert.deepEqual(await ids({ entityId: 'country:KZ', language: 'en' }), ['d_mid']);
      assert.equal((await store.listDocuments({ kind: 'treaty' })).total, 0);
      assert.equal(all.items[0].meta.title, 'New 100% Declaration');
    });

    it('should rank the passage with more matches first and mark matches in snippets', async (store) => {
      await store.putDocument(
        record(
          'd_once',
          [
            {
              kind: 'paragraph',
              text: 'The ministers discussed many matters, among them cooperation on water, in a long and friendly meeting.',
            },
          ],
          { kind: 'news' },
        ),
      );
      await store.putDocument(COOPERATION);
      const { items, total } = await store.search({ query: 'cooperation' });
      assert.equal(total, 3, 'heading, clause 1 and the news paragraph');
      assert.equal(items[0].documentId, 'd_coop');
      assert.equal(items[0].label, '1');
      assert.equal(items[0].nodeKind, 'clause');
      assert.ok(items.every((h, i) => i === 0 || h.score <= items[i - 1].score));
      assert.match(items[0].snippet, /\u0002cooperation\u0003/);
      assert.ok(!/[<>]/.test(items[0].snippet));
      assert.equal(items[0].title, 'Astana Declaration');
      assert.equal(items[0].fileName, 'astana.txt');
    });

    it('should find Chinese text, which has no spaces between words, and give snippets without added spaces', async (store) => {
      await store.putDocument(
        record(
          'd_zh',
          [
            { kind: 'clause', label: '1', text: '一、各方同意加强互联互通合作。' },
            { kind: 'clause', label: '2', text: '二、各方支持举办论坛。' },
          ],
          { language: 'zh' },
        ),
      );
      const hits = await store.search({ query: '互联互通' });
      assert.deepEqual(
        hits.items.map((h) => h.label),
        ['1'],
      );
      assert.match(
        hits.items[0].snippet,
        /\u0002互\u0003\u0002联\u0003\u0002互\u0003\u0002通\u0003|\u0002互联互通\u0003/,
      );
      assert.doesNotMatch(hits.items[0].snippet.replace(/[\u0002\u0003]/g, ''), /各 方/);
      assert.equal((await store.search({ query: '联互通合' })).total, 1, 'any substring matches');
      assert.equal((await store.search({ query: '通联' })).total, 0, 'characters in another order do not');
    });

    it('should index nested clauses without duplicating their text', async (store) => {
      await store.putDocument(COOPERATION);
      const summit = await store.search({ query: 'summit' });
      assert.deepEqual(summit.items.map((h) => h.label).sort(), ['2', 'a']);
      const text = COOPERATION.document.text;
      const lead = summit.items.find((h) => h.label === '2')!;
      assert.equal(
        text.slice(lead.start, lead.end),
        '2. The Parties welcomed the first summit and agreed on the following:',
      );
      assert.deepEqual(
        (await store.search({ query: 'consulates' })).items.map((h) => h.label),
        ['b'],
      );
    });

    it('should support phrases, prefixes, OR and stemming', async (store) => {
      await store.putDocument(COOPERATION);
      const labels = async (query: string) =>
        (await store.search({ query })).items.map((h) => h.label ?? h.nodeKind).sort();
      assert.deepEqual(await labels('"trade cooperation"'), ['1']);
      assert.deepEqual(await labels('"cooperation trade"'), []);
      assert.deepEqual(await labels('consul*'), ['b']);
      assert.deepEqual(await labels('consulates OR Astana'), ['b', 'preamble']);
      assert.deepEqual(await labels('cooperate'), ['1', 'heading']);
      assert.deepEqual(await labels('Kazakhstan Astana'), ['preamble']);
      assert.deepEqual(await labels('Kazakhstan consulates'), []);
    });

    it('should survive hostile queries', async (store) => {
      await store.putDocument(COOPERATION);
      for (const query of [
        '"unbalanced',
        'AND OR (',
        '',
        '   ',
        '*',
        '"',
        ')',
        "'",
        "O'Brien",
        'a:*',
        '&|!<->',
        'NEAR(trade energy)',
        '\\',
        'trade"*',
        '-trade',
        'NOT',
        'col:trade',
        '%_',
        '\u0000',
        'x'.repeat(5000),
        'a '.repeat(500),
      ]) {
        const page = await store.search({ query });
        assert.ok(Array.isArray(page.items), query);
        assert.equal(typeof page.total, 'number');
      }
      assert.equal(
        (await store.search({ query: '"trade cooperation' })).total,
        1,
        'an unbalanced quote runs to the end',
      );
      assert.equal(
        (await store.search({ query: 'trade', kind: 'declaration\u0000', entityId: '\u0000' })).total,
        1,
        'NUL characters are dropped',
      );
      assert.equal((await store.listDocuments({ text: 'astana\u0000', kind: '\u0000declaration' })).total, 1);
      assert.deepEqual(await store.getAnnotations({ layer: 'entities\u0000', entityId: '\u0000' }), []);
      assert.deepEqual(await store.listDecisions({ target: '\u0000' }), []);
      assert.equal((await store.search({ query: 'trade AND OR (' })).total, 1);
    });

    it('should filter search by kind and entity and page with a total', async (store) => {
      await store.putDocument(
        record('d_news', [{ kind: 'paragraph', text: 'Energy cooperation was discussed.' }], { kind: 'news' }),
      );
      const coop = {
        ...COOPERATION,
        analysis: analysis({ entities: [mention(COOPERATION.document.text, 'China', 'country:CN')] }),
      };
      await store.putDocument(coop);
      assert.deepEqual(
        [...new Set((await store.search({ query: 'cooperation', kind: 'news' })).items.map((h) => h.documentId))],
        ['d_news'],
      );
      assert.deepEqual(
        [
          ...new Set(
            (await store.search({ query: 'cooperation', entityId: 'country:CN' })).items.map((h) => h.documentId),
          ),
        ],
        ['d_coop'],
      );
      assert.equal((await store.search({ query: 'cooperation', entityId: 'country:XX' })).total, 0);
      const all = await store.search({ query: 'cooperation' });
      const second = await store.search({ query: 'cooperation', limit: 1, offset: 1 });
      assert.equal(second.total, all.total);
      assert.deepEqual(second.items, [all.items[1]]);
    });

    it('should page through tied hits in a stable order, with the total past the last page', async (store) => {
      for (const id of ['d_t3', 'd_t1', 'd_t4', 'd_t2'])
        await store.putDocument(record(id, [{ kind: 'paragraph', text: 'Water cooperation was discussed.' }]));
      await store.putDocument(record('d_best', [{ kind: 'paragraph', text: 'Water, water and water.' }]));
      const all = await store.search({ query: 'water' });
      assert.equal(all.total, 5);
      assert.deepEqual(
        all.items.map((h) => h.documentId),
        ['d_best', 'd_t1', 'd_t2', 'd_t3', 'd_t4'],
        'ties ordered by document',
      );
      const pages = [];
      for (const offset of [0, 2, 4]) pages.push(...(await store.search({ query: 'water', limit: 2, offset })).items);
      assert.deepEqual(pages, all.items);
      assert.deepEqual(await store.search({ query: 'water', limit: 2, offset: 9 }), { items: [], total: 5 });
      assert.deepEqual(await store.search({ query: 'water', limit: 0 }), { items: [], total: 5 });
      assert.deepEqual(await store.search({ query: 'water', kind: 'none', offset: 3 }), { items: [], total: 0 });
    });

    it('should find documents made only of paragraphs or only of sentences', async (store) => {
      await store.putDocument(
        record('d_paras', [
          { kind: 'paragraph', label: 'p1', text: 'Leaders met in Samarkand.' },
          { kind: 'paragraph', label: 'p2', text: 'They signed agreements.' },
        ]),
      );
      const sentenceOnly = record('d_sent', [{ kind: 'sentence', text: 'Ministers gathered in Bishkek.' }]);
      await store.putDocument(sentenceOnly);
      assert.deepEqual(
        (await store.search({ query: 'samarkand' })).items.map((h) => h.label),
        ['p1'],
      );
      const [hit] = (await store.search({ query: 'bishkek' })).items;
      assert.equal(hit.documentId, 'd_sent');
      assert.equal(sentenceOnly.document.text.slice(hit.start, hit.end), 'Ministers gathered in Bishkek.');
    });

    it('should replace machine annotations with putAnalysis and keep decisions', async (store) => {
      const text = COOPERATION.document.text;
      await store.putDocument({
        ...COOPERATION,
        document: { ...COOPERATION.document, meta: { title: 'No kind' } },
        analysis: analysis({
          entities: [mention(text, 'China', 'country:CN'), mention(text, 'Kazakhstan', 'country:KZ')],
        }),
      });
      await store.addDecision({
        target: 'mention:d_coop:1:2',
        action: 'reject-mention',
        payload: {},
        by: 'bob',
        at: '2024-01-02T00:00:00Z',
      });
      const kindLayer = [
        {
          layer: 'documentKind',
          start: 0,
          end: 10,
          value: { kind: 'declaration' },
          source: 'kind:test',
          confidence: 0.8,
        },
      ];
      await store.putAnalysis(
        'd_coop',
        analysis({ entities: [mention(text, 'Astana', 'city:astana')], documentKind: kindLayer }, { entities: '2' }),
      );
      const entities = await store.getAnnotations({ layer: 'entities', documentId: 'd_coop' });
      assert.deepEqual(
        entities.map((a) => (a.value as { entityId: string }).entityId),
        ['city:astana'],
      );
      assert.equal(entities[0].documentId, 'd_coop');
      assert.equal(entities[0].confidence, 0.9);
      assert.equal(entities[0].source, 'entities:test');
      assert.equal((await store.listDecisions()).length, 1);
      assert.deepEqual((await store.getAnalysisRun('d_coop'))?.versions, { entities: '2' });
      assert.equal((await store.getAnalysisRun('d_coop'))?.diagnostics[0].message, 'fixture warning');
      assert.deepEqual(
        (await store.listDocuments({ kind: 'declaration' })).items.map((d) => d.id),
        ['d_coop'],
        'inferred kind used when none is declared',
      );
      await assert.rejects(store.putAnalysis('d_none', analysis({})), /unknown document "d_none"/);
    });

    it('should find annotations by entity id across documents, with a limit', async (store) => {
      for (const id of ['d_a', 'd_b']) {
        const rec = record(id, [{ kind: 'paragraph', text: `${id}: Kazakhstan and China and Kazakhstan.` }]);
        const second = rec.document.text.lastIndexOf('Kazakhstan');
        const again = { ...mention(rec.document.text, 'Kazakhstan', 'country:KZ'), start: second, end: second + 10 };
        await store.putDocument({
          ...rec,
          analysis: analysis({
            entities: [
              mention(rec.document.text, 'Kazakhstan', 'country:KZ'),
              mention(rec.document.text, 'China', 'country:CN'),
              again,
            ],
          }),
        });
      }
      const kz = await store.getAnnotations({ layer: 'entities', entityId: 'country:KZ' });
      assert.deepEqual(
        kz.map((a) => a.documentId),
        ['d_a', 'd_a', 'd_b', 'd_b'],
      );
      assert.ok(kz[0].start < kz[1].start);
      assert.equal((await store.getAnnotations({ layer: 'entities', entityId: 'country:KZ', limit: 3 })).length, 3);
      assert.equal((await store.getAnnotations({ layer: 'statements', entityId: 'country:KZ' })).length, 0);
      assert.equal((await store.getAnnotations({ layer: 'entities', documentId: 'd_b' })).length, 3);
      assert.deepEqual(await store.listDocumentIds(), ['d_a', 'd_b']);
    });

    it('should append decisions and refuse to change them', async (store) => {
      const first = await store.addDecision({
        target: 'entity:a',
        action: 'merge',
        payload: { into: 'entity:b' },
        by: 'alice',
        at: '2024-01-01T00:00:00Z',
        note: 'same person',
      });
      const second = await store.addDecision({
        target: 'entity:a',
        action: 'rename',
        payload: { name: 'A' },
        by: 'bob',
        at: '2024-01-02T00:00:00Z',
      });
      const third = await store.addDecision({
        target: 'entity:c',
        action: 'merge',
        payload: {},
        by: 'bob',
        at: '2024-01-03T00:00:00Z',
      });
      assert.ok(first.id! < second.id! && second.id! < third.id!);
      assert.equal(first.note, 'same person');
      assert.equal('note' in second, false);
      assert.deepEqual(await store.listDecisions(), [first, second, third]);
      assert.deepEqual(await store.listDecisions({ target: 'entity:a' }), [first, second]);
      assert.deepEqual(await store.listDecisions({ action: 'merge' }), [first, third]);
      assert.deepEqual(await store.listDecisions({ target: 'entity:a', action: 'merge' }), [first]);
      await assert.rejects(store.db.updateTable('decisions').set({ note: 'edited' }).execute(), /append-only/);
      await assert.rejects(store.db.deleteFrom('decisions').execute(), /append-only/);
      assert.equal((await store.listDecisions()).length, 3);
    });
  });
}

async function withStore(dialect: TestDialect, fn: (store: KyselyStore) => Promise<void>): Promise<void> {
  const store = await dialect.open();
  try {
    await fn(store);
  } finally {
    await dialect.dispose(store);
  }
}
