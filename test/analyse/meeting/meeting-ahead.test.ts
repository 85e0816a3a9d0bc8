/**
 * @module meeting-ahead.test
 * A meeting the text announces for later ("the conference to be co-hosted … on January 25-27, 2023") gives the
 * document's meeting neither its date nor its place, even when no other sentence names a meeting.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContext } from '../../../src/analyse/load-context.ts';
import { maskMeetingsAhead, meetingSentence } from '../../../src/analyse/meeting/meeting-sentence.ts';
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

test('should not take a meeting to come as the meeting sentence', () => {
  const s = meetingSentence({ text, sentences, lexicons, meta: {} } as never);
  assert.equal(s.end - s.start, 0);
});
