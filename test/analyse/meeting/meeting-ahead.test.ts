/**
 * @module meeting-ahead.test
 * A meeting the text announces for later ("the conference to be co-hosted … on January 25-27, 2023") gives the
 * document's meeting neither its date nor its place, even when no other sentence names a meeting.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContext } from '../../../src/analyse/load-context.ts';
import { maskMeetingsAhead } from '../../../src/analyse/meeting/meeting-sentence.ts';
import { sentenceSpans } from '../../../src/analyse/shared/sentence-spans.ts';

const { lexicons } = loadContext();
const text =
  'The partners reaffirm their commitment to food security. We also note the International Conference on ' +
  'Agriculture to be co-hosted by the Government of Senegal on January 25-27, 2023.';
const sentences = sentenceSpans(text, []);

test('should blank a sentence announcing a meeting to come, keeping offsets', () => {
  const masked = maskMeetingsAhead(text, sentences, lexicons);
  assert.equal(masked.length, text.length);
  assert.ok(masked.startsWith('The partners reaffirm'));
  assert.ok(!masked.includes('2023'));
});

test('should blank only the clause of the meeting to come, not the meeting the sentence reports after it', () => {
  const t =
    'The partnership will be formalised at the summit in November 2022 to be held in Cambodia, according to the ' +
    'statement released after the May 12-13 Special Summit in Washington.';
  const masked = maskMeetingsAhead(t, sentenceSpans(t, []), lexicons);
  assert.ok(!masked.includes('Cambodia'));
  assert.ok(masked.includes('May 12-13 Special Summit in Washington'));
});

test('should blank every announcing sentence of a long text, overlapping spans once, the rest as it was', () => {
  const t = `${text} ${text}\n${text}`;
  const spans = sentenceSpans(t, []);
  // The same sentence given twice (two readers' spans) blanks it once, as one span would.
  const masked = maskMeetingsAhead(
    t,
    [...spans, spans[1]].sort((a, b) => a.start - b.start),
    lexicons,
  );
  assert.equal(masked, maskMeetingsAhead(t, spans, lexicons));
  assert.equal(masked.length, t.length);
  assert.equal(masked.split('The partners reaffirm their commitment to food security.').length, 4);
  assert.ok(!masked.includes('2023'));
  assert.ok([...masked].every((c, i) => c === t[i] || c === ' '));
});
