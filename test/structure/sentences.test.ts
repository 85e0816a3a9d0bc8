import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/structure/split-sentences.ts';
import { structureLexicon } from '../../src/structure/structure-lexicon.ts';

function sentences(text: string): string[] {
  return splitSentences(text, 0, text.length, structureLexicon().abbreviations).map((s) => text.slice(s.start, s.end));
}

describe('sentence splitting', () => {
  test('should split at a period, "!" or "?" before a capital, a digit or a quote', () => {
    assert.deepEqual(sentences('They met. They agreed! Why? 2026 will tell. "Yes," he said.'), [
      'They met.',
      'They agreed!',
      'Why?',
      '2026 will tell.',
      '"Yes," he said.',
    ]);
  });
  test('should not split before a lower-case word', () => {
    assert.deepEqual(sentences('The figure rose by 5 p.c. compared with last year.'), [
      'The figure rose by 5 p.c. compared with last year.',
    ]);
  });
  for (const [name, text] of [
    ['U.S. and U.K.', 'Envoys of the U.S. and the U.K. Government attended.'],
    ['U.S. before a name', 'The U.S. President spoke.'],
    ['No.', 'Resolution No. 5 was adopted.'],
    ['H.E.', 'H.E. Mr. Xi Jinping spoke.'],
    ['Mr. and Dr.', 'Mr. Wang and Dr. Saidov met.'],
    ['St.', 'They met in St. Petersburg.'],
    ['etc. mid-sentence', 'Trade, energy, etc. are covered.'],
    ['e.g. and i.e.', 'Some fields, e.g. Trade, and one goal, i.e. Peace, were named.'],
    ['Jan. and approx.', 'On Jan. 5 approx. 300 people came.'],
    ['initials', 'Minister J. Kulubaev and A.B. Smith attended.'],
    ['decimals', 'Trade reached 1.5 billion. '],
    ['ellipsis inside quotes', 'He said: "We will … Continue to work" and left.'],
  ] as const) {
    test(`should not split at ${name}`, () => {
      assert.equal(sentences(text).length, 1, JSON.stringify(sentences(text)));
    });
  }
  test('should split after "etc." when a new sentence starts', () => {
    assert.deepEqual(sentences('Trade, energy, etc. The Parties agreed.'), [
      'Trade, energy, etc.',
      'The Parties agreed.',
    ]);
  });
  test('should keep closing quotes and brackets with the sentence', () => {
    assert.deepEqual(sentences('They adopted the “Astana Declaration.” Then they left. (It rained.) Done.'), [
      'They adopted the “Astana Declaration.”',
      'Then they left.',
      '(It rained.)',
      'Done.',
    ]);
  });
  test('should split at Chinese full stops with no space', () => {
    assert.deepEqual(sentences('各方同意加强合作。各方欢迎峰会！是吗？'), [
      '各方同意加强合作。',
      '各方欢迎峰会！',
      '是吗？',
    ]);
  });
  test('should not split after a clause number that opens the sentence', () => {
    assert.deepEqual(sentences('1. The Parties met. 2. They agreed.'), ['1. The Parties met.', '2. They agreed.']);
  });
  test('should return trimmed spans within the given range', () => {
    const text = 'xx  One. Two.  yy';
    const spans = splitSentences(text, 2, 15, structureLexicon().abbreviations);
    assert.deepEqual(
      spans.map((s) => text.slice(s.start, s.end)),
      ['One.', 'Two.'],
    );
  });
});
