/**
 * @module store-queries-contract.test
 * The store's read queries across documents (src/store/queries/), run against every dialect:
 * statements come with their text, title and meeting, filtered by document and kind in SQL.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Annotation } from '../../src/model/annotation.ts';
import type { MeetingValue, StatementValue } from '../../src/model/layers.ts';
import { testDialects } from './store-dialects.ts';
import { analysis, record } from './store-fixtures.ts';

const AGREED = 'The Parties agreed to build a railway by 2027.';
const NOTED = 'The Parties noted the progress on water.';
const EMOJI = 'Leaders 🌍 committed to glacier monitoring.';

function statement(text: string, sentence: string, value: Partial<StatementValue>): Annotation {
  const start = text.indexOf(sentence);
  const full: StatementValue = {
    clause: '1',
    kind: 'commitment',
    actors: [],
    sectors: [],
    deadline: null,
    references: [],
    ...value,
  };
  return { layer: 'statements', start, end: start + sentence.length, value: full, source: 'test', confidence: 0.8 };
}

const MEETING: MeetingValue = {
  format: 'China–Central Asia',
  level: 'foreign-ministers',
  edition: 6,
  date: '2025-04-26',
  end: null,
  city: 'Almaty',
  country: 'KZ',
};

function twoDocuments() {
  const first = record('d_one', [{ kind: 'paragraph', text: `${AGREED} ${NOTED}` }], { title: 'First' });
  const text = first.document.text;
  const meeting: Annotation = { layer: 'meeting', start: 0, end: 5, value: MEETING, source: 'test', confidence: 1 };
  const one = record(
    'd_one',
    [{ kind: 'paragraph', text }],
    { title: 'First' },
    {
      analysis: analysis({
        meeting: [meeting],
        statements: [
          statement(text, AGREED, { kind: 'commitment', actors: ['KZ'], deadline: '2027' }),
          statement(text, NOTED, { kind: 'record' }),
        ],
      }),
    },
  );
  const two = record('d_two', [{ kind: 'paragraph', text: `🌍 ${EMOJI}` }], { fileName: 'two.txt' });
  const twoText = two.document.text;
  const withStatement = {
    ...two,
    analysis: analysis({ statements: [statement(twoText, EMOJI, { kind: 'commitment', clause: 'p1' })] }),
  };
  return [one, withStatement];
}

for (const dialect of await testDialects()) {
  describe(`store queries: ${dialect.name}`, { skip: dialect.skip }, () => {
    test('should give every statement with its text, title and meeting, in document order', async () => {
      const store = await dialect.open();
      try {
        for (const rec of twoDocuments()) await store.putDocument(rec);
        const all = await store.statements();
        assert.deepEqual(
          all.map((s) => [s.documentId, s.text, s.value.kind]),
          [
            ['d_one', AGREED, 'commitment'],
            ['d_one', NOTED, 'record'],
            ['d_two', EMOJI, 'commitment'], // offsets are UTF-16: the emoji before it does not shift the cut
          ],
        );
        assert.equal(all[0].title, 'First');
        assert.deepEqual(all[0].meeting, MEETING);
        assert.deepEqual(all[0].value.actors, ['KZ']);
        assert.equal(all[2].meeting, null);
        assert.equal(all[2].fileName, 'two.txt');
      } finally {
        await dialect.dispose(store);
      }
    });

    test('should filter by kind and by document in the database', async () => {
      const store = await dialect.open();
      try {
        for (const rec of twoDocuments()) await store.putDocument(rec);
        const commitments = await store.statements({ kind: 'commitment' });
        assert.deepEqual(
          commitments.map((s) => s.text),
          [AGREED, EMOJI],
        );
        const ofOne = await store.statements({ documentId: 'd_one', kind: 'record' });
        assert.deepEqual(
          ofOne.map((s) => s.text),
          [NOTED],
        );
        assert.deepEqual(await store.statements({ kind: 'endorsement' }), []);
        await store.deleteDocument('d_one');
        assert.deepEqual(
          (await store.statements()).map((s) => s.documentId),
          ['d_two'],
        );
      } finally {
        await dialect.dispose(store);
      }
    });
  });
}
