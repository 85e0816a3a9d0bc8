/**
 * @module display-title.test
 * A document without a title in its header is shown under its first heading or title line,
 * else under the name of the meeting the analysis found; and the store keeps that title.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Analysis } from '../../src/model/analysis.ts';
import type { MeetingValue } from '../../src/model/layers.ts';
import { displayTitle, headingTitle, meetingTitle } from '../../src/store/display-title.ts';
import { record } from './store-fixtures.ts';
import { testDialects } from './store-dialects.ts';

const MEETING: MeetingValue = {
  format: 'China–Central Asia',
  level: 'foreign-ministers',
  edition: 6,
  date: '2025-04-26',
  end: null,
  city: 'Almaty',
  country: 'KZ',
};

function analysisWith(meeting: MeetingValue | null, kind?: string): Analysis {
  const at = { start: 0, end: 1, source: 'test', confidence: 1 };
  return {
    layers: {
      ...(meeting ? { meeting: [{ layer: 'meeting', ...at, value: meeting }] } : {}),
      ...(kind ? { documentKind: [{ layer: 'documentKind', ...at, value: { kind } }] } : {}),
    },
    diagnostics: [],
    versions: {},
  };
}

const PARAGRAPH = 'On 26 April 2025 the sixth meeting of foreign ministers was held in Almaty, and the ministers met.';

describe('display title', () => {
  test("should keep the header's title", () => {
    const rec = record('d_t', [{ kind: 'paragraph', text: PARAGRAPH }], { title: 'Declared title' });
    assert.equal(displayTitle(rec.document, rec.tree, analysisWith(MEETING, 'communique')), 'Declared title');
  });

  test('should take the first heading, or a first line that reads as a title', () => {
    const headed = record('d_h', [
      { kind: 'heading', text: 'Joint Declaration on Water' },
      { kind: 'paragraph', text: PARAGRAPH },
    ]);
    assert.equal(headingTitle(headed.document.text, headed.tree), 'Joint Declaration on Water');
    const lined = record('d_l', [{ kind: 'paragraph', text: `Ministers Meet in Almaty\n${PARAGRAPH}` }]);
    assert.equal(headingTitle(lined.document.text, lined.tree), 'Ministers Meet in Almaty');
  });

  test('should not take a sentence or a lead-in ending with a colon for a title', () => {
    const lead = record('d_c', [{ kind: 'paragraph', text: 'Here is the translation of the Communiqué:' }]);
    assert.equal(headingTitle(lead.document.text, lead.tree), null);
    const sentence = record('d_s', [{ kind: 'paragraph', text: PARAGRAPH }]);
    assert.equal(headingTitle(sentence.document.text, sentence.tree), null);
  });

  test('should name the document after its meeting when it has no title line', () => {
    const rec = record('d_m', [{ kind: 'paragraph', text: PARAGRAPH }]);
    assert.equal(
      displayTitle(rec.document, rec.tree, analysisWith(MEETING, 'communique')),
      "Joint Communiqué, 6th China–Central Asia Foreign Ministers' Meeting",
    );
    assert.equal(meetingTitle('news', analysisWith(MEETING)), "6th China–Central Asia Foreign Ministers' Meeting");
    assert.equal(meetingTitle(undefined, analysisWith({ ...MEETING, format: null })), null);
    assert.equal(displayTitle(rec.document, rec.tree, analysisWith(null)), null);
  });
});

for (const dialect of await testDialects()) {
  describe(`display title in the store: ${dialect.name}`, { skip: dialect.skip }, () => {
    test('should store the display title and the analysed kind', async () => {
      const store = await dialect.open();
      try {
        const rec = record(
          'd_m',
          [{ kind: 'paragraph', text: PARAGRAPH }],
          { fileName: 'cca.txt' },
          {
            analysis: analysisWith(MEETING, 'communique'),
          },
        );
        await store.putDocument(rec);
        const bare = record('d_b', [{ kind: 'paragraph', text: PARAGRAPH }], { fileName: 'bare.txt' });
        await store.putDocument(bare);
        const stored = await store.getDocument('d_m');
        assert.equal(stored?.title, "Joint Communiqué, 6th China–Central Asia Foreign Ministers' Meeting");
        assert.equal(stored?.kind, 'communique');
        const { items } = await store.listDocuments({ text: 'Foreign Ministers' });
        assert.deepEqual(
          items.map((d) => d.id),
          ['d_m'],
        );
        assert.equal((await store.getDocument('d_b'))?.title, 'bare.txt');
      } finally {
        await dialect.dispose(store);
      }
    });
  });
}
