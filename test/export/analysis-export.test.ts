/**
 * @module analysis-export.test
 * The GUIDE's analysis JSON built from hand-made layers.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation, Layers } from '../../src/model/annotation.ts';
import type { Document } from '../../src/model/document.ts';
import type { TreeNode } from '../../src/model/node.ts';
import { toAnalysisJson } from '../../src/export/analysis-export.ts';

const text =
  'The Parties met in Astana. 1. Kazakhstan and the Republic of Kazakhstan will host the forum in 2026. ' +
  '2. China supports it.';
const tree: TreeNode = { kind: 'root', start: 0, end: text.length, children: [] };
const doc = (meta: Document['meta'] = {}): Document => ({ id: 'd_0123456789abcdef', text, meta });
const at = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length };
};
const ann = <V>(layer: string, span: { start: number; end: number }, value: V): Annotation<V> => ({
  layer,
  ...span,
  value,
  source: 'test',
  confidence: 1,
});

describe('toAnalysisJson', () => {
  test('should fill every GUIDE field from the layers', () => {
    const s1 = at('Kazakhstan and the Republic of Kazakhstan will host the forum in 2026.');
    const s2 = at('China supports it.');
    const layers: Layers = {
      documentKind: [ann('documentKind', at('The Parties'), { kind: 'communique' })],
      meeting: [
        ann('meeting', at('The Parties met in Astana.'), {
          format: 'China–Central Asia',
          level: 'foreign-ministers',
          edition: 6,
          date: '2025-04-26',
          end: null,
          city: 'Astana',
          country: 'KZ',
          formatId: 'format:cca',
        }),
      ],
      participants: [
        ann('participants', at('China'), {
          name: 'Wang Yi',
          country: 'CN',
          role: 'Minister',
          entityId: 'person:wang-yi',
        }),
      ],
      parties: [ann('parties', at('The Parties'), { parties: ['KZ', 'CN'] })],
      // Deliberately out of order: the export sorts by position.
      statements: [
        ann('statements', s2, {
          clause: '2',
          kind: 'endorsement',
          actors: ['CN'],
          sectors: ['political'],
          deadline: null,
          references: [],
        }),
        ann('statements', s1, {
          clause: '1',
          kind: 'commitment',
          actors: ['KZ', 'CN'],
          sectors: ['institutional'],
          deadline: '2026',
          references: [{ type: 'event', name: 'forum', date: '2026' }],
        }),
      ],
      entities: [
        ann('entities', at('Kazakhstan'), { entityId: 'country:KZ', type: 'country', name: 'Kazakhstan', known: true }),
        ann('entities', at('Republic of Kazakhstan'), {
          entityId: 'country:KZ',
          type: 'country',
          name: 'Kazakhstan',
          known: true,
        }),
        ann('entities', at('Kazakhstan', at('Republic of Kazakhstan').start), {
          entityId: 'country:KZ',
          type: 'country',
          name: 'Kazakhstan',
          known: true,
        }),
        ann('entities', at('China', 30), { entityId: 'country:CN', type: 'country', name: 'China', known: true }),
        ann('entities', at('Astana'), { entityId: 'city:astana', type: 'city', name: 'Astana', known: true }),
      ],
    };
    const out = toAnalysisJson({ document: doc({ fileName: 'x.txt', kind: 'news' }), tree }, layers);
    assert.equal(out.document, 'x.txt');
    assert.equal(out.kind, 'communique');
    assert.deepEqual(out.meeting, {
      format: 'China–Central Asia',
      level: 'foreign-ministers',
      edition: 6,
      date: '2025-04-26',
      end: null,
      city: 'Astana',
      country: 'KZ',
    });
    assert.deepEqual(out.participants, [{ name: 'Wang Yi', country: 'CN', role: 'Minister' }]);
    assert.deepEqual(out.parties, ['CN', 'KZ']);
    assert.deepEqual(
      out.statements.map((s) => [s.clause, s.text, s.actors]),
      [
        ['1', 'Kazakhstan and the Republic of Kazakhstan will host the forum in 2026.', ['CN', 'KZ']],
        ['2', 'China supports it.', ['CN']],
      ],
    );
    assert.equal(out.statements[0].deadline, '2026');
    assert.deepEqual(out.statements[0].references, [{ type: 'event', name: 'forum', date: '2026' }]);
    assert.deepEqual(out.entities, [
      { type: 'city', name: 'Astana', mentions: ['Astana'] },
      { type: 'country', name: 'Kazakhstan', mentions: ['Kazakhstan', 'Republic of Kazakhstan'] },
      { type: 'country', name: 'China', mentions: ['China'] },
    ]);
    assert.deepEqual([out.claims, out.links], [[], []]);
    assert.doesNotThrow(() => JSON.parse(JSON.stringify(out)));
  });

  test('should fall back to the declared kind only when the GUIDE knows it', () => {
    assert.equal(toAnalysisJson({ document: doc({ kind: 'news' }), tree }, {}).kind, 'news');
    assert.equal(toAnalysisJson({ document: doc({ kind: 'memo' }), tree }, {}).kind, null);
    assert.equal(toAnalysisJson({ document: doc(), tree }, {}).kind, null);
  });

  test('should give nulls and empty lists when layers are absent, and name by id without a file name', () => {
    const out = toAnalysisJson({ document: doc(), tree }, {});
    assert.deepEqual(out, {
      document: 'd_0123456789abcdef',
      kind: null,
      meeting: null,
      participants: [],
      parties: null,
      statements: [],
      entities: [],
      claims: [],
      links: [],
    });
  });
});
