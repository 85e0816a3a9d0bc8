/**
 * @module claim-spans.test
 * Claim spans: sentences cut by a hard line break are joined; a participle after a comma opens
 * a second claim that continues the first.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadClaimLexicon } from '../../../src/analyse/shared/claim-lexicon.ts';
import { claimSpans } from '../../../src/analyse/claims/claim-spans.ts';

const lex = loadClaimLexicon();

test('should join a sentence a line break cut and split at a participle', () => {
  const lines = [
    'The ministers will continue to meet',
    'and coordinate closely.',
    'The premier attended the talks, saying that ties were strong.',
  ];
  const text = lines.join('\n');
  const sentences = [
    { start: 0, end: 35 },
    { start: 36, end: 59 },
    { start: 60, end: text.length },
  ];
  const spans = claimSpans(text, sentences, lex.continuations).map((s) => [text.slice(s.start, s.end), s.continues]);
  assert.deepEqual(spans, [
    ['The ministers will continue to meet\nand coordinate closely.', false],
    ['The premier attended the talks', false],
    ['saying that ties were strong.', true],
  ]);
});

test('should cut a sentence after reference marks that sentence splitting left inside it', () => {
  const text = 'The leaders agreed to build a road.[1][3] The ministers signed a transit pact.[2]';
  const spans = claimSpans(text, [{ start: 0, end: text.length }], lex.continuations);
  assert.deepEqual(
    spans.map((s) => text.slice(s.start, s.end)),
    ['The leaders agreed to build a road.[1][3]', 'The ministers signed a transit pact.[2]'],
  );
});
