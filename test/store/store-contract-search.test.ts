/**
 * @module store-contract-search.test
 * The store contract, listing and full-text search, on every dialect.
 */
import assert from 'node:assert/strict';
import { analysis, mention, record } from './store-fixtures.ts';
import { RANKED_MATCHES_CAP } from '../../src/store/search-filters.ts';
import { COOPERATION, storeContract } from './store-contract.ts';

await storeContract('listing and full-text search', (it) => {
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
            text:
              'The ministers discussed many matters, among them cooperation on water, in a long and ' +
              'friendly meeting.',
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

  it(
    'should find Chinese text, which has no spaces between words, and give snippets without added ' + 'spaces',
    async (store) => {
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
    },
  );

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
    assert.equal((await store.search({ query: '"trade cooperation' })).total, 1, 'an unbalanced quote runs to the end');
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
});

await storeContract('search past the ranking cap', (it) => {
  it('should rank at most the cap of matches and say the total is a lower bound', async (store) => {
    const paragraphs = Array.from({ length: RANKED_MATCHES_CAP + 5 }, (_, i) => ({
      kind: 'paragraph' as const,
      text: i === 7 ? 'Capword capword capword rare.' : `Capword number ${i}.`,
    }));
    const rec = record('d_cap', paragraphs);
    await store.putDocument(rec);
    const common = await store.search({ query: 'capword', limit: 3 });
    assert.equal(common.total, RANKED_MATCHES_CAP);
    assert.equal(common.capped, true);
    assert.equal(common.items.length, 3);
    // The passage with the word three times ranks first among the matches ranked.
    assert.equal(common.items[0].start, rec.document.text.indexOf('Capword capword'));
    const rare = await store.search({ query: 'capword rare' });
    assert.deepEqual([rare.total, rare.capped], [1, undefined]);
    assert.equal((await store.search({ query: 'capword', limit: 0 })).capped, true);
  });

  it('should page through one ranking of the capped matches', async (store) => {
    // Scores that tie in groups (a word once, twice or three times), so the order rests on the tie-breaks.
    const paragraphs = Array.from({ length: RANKED_MATCHES_CAP + 40 }, (_, i) => ({
      kind: 'paragraph' as const,
      text: `${'Pageword '.repeat(1 + (i % 3))}item ${i}.`,
    }));
    await store.putDocument(record('d_pages', paragraphs));
    const key = (h: { documentId: string; start: number }) => `${h.documentId}:${h.start}`;
    const whole = (await store.search({ query: 'pageword', limit: 60 })).items.map(key);
    const pages = [];
    for (const offset of [0, 20, 40]) {
      const page = await store.search({ query: 'pageword', limit: 20, offset });
      assert.deepEqual([page.total, page.capped], [RANKED_MATCHES_CAP, true]);
      pages.push(...page.items.map(key));
    }
    assert.deepEqual(pages, whole);
    assert.equal(new Set(whole).size, 60);
    const past = await store.search({ query: 'pageword', limit: 20, offset: RANKED_MATCHES_CAP });
    assert.deepEqual([past.items.length, past.total, past.capped], [0, RANKED_MATCHES_CAP, true]);
  });
});
