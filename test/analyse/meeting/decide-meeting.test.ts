/**
 * @module decide-meeting.test
 * The meeting detector in two parts (issue 7): finding what the text says, field by field, and deciding with the
 * knowledge base's record, with the confidence's weights as data.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findMeetingCandidates } from '../../../src/analyse/meeting/meeting-candidates.ts';
import { decideMeeting } from '../../../src/analyse/meeting/decide-meeting.ts';
import { sentenceSpans } from '../../../src/analyse/shared/sentence-spans.ts';
import type { Lexicons } from '../../../src/analyse/shared/load-lexicons.ts';
import { fixtureLexicons } from './fixture-lexicons.ts';

const TEXT =
  'On 26 April 2025, the 6th meeting of foreign ministers in the “China-Central Asia” format was held in ' +
  'Almaty. The Parties agreed to meet.';
const candidatesOf = (lexicons: Lexicons) =>
  findMeetingCandidates({ text: TEXT, meta: {}, sentences: sentenceSpans(TEXT, []), lexicons });

describe('meeting candidates, then the decision', () => {
  test('should find the fields the text gives before any record is consulted', () => {
    const c = candidatesOf(fixtureLexicons());
    assert.equal(c.format?.name, 'China–Central Asia');
    assert.equal(c.level, 'foreign-ministers');
    assert.equal(c.edition, 6);
    assert.equal(c.date?.date, '2025-04-26');
    assert.deepEqual(c.place, { city: 'Almaty', country: 'KZ' });
    assert.equal(c.placeInSentence, true);
    assert.equal(TEXT.slice(c.sentence.start, c.sentence.end).startsWith('On 26 April 2025'), true);
  });
  test('should weigh the confidence with the weights of the lexicon it is given', () => {
    const lexicons = fixtureLexicons();
    const decided = decideMeeting(candidatesOf(lexicons));
    const w = lexicons.meetingConfidence;
    const known = 4; // format, level, date, city
    const record = decided.rule.startsWith('kb-') ? w.record : 0;
    assert.equal(decided.confidence, Math.round(Math.min(w.max, w.base + known * w.perField + record) * 100) / 100);
    const flat = { ...lexicons, meetingConfidence: { ...w, base: 0.1, perField: 0.1, record: 0 } };
    assert.equal(decideMeeting(candidatesOf(flat)).confidence, 0.5);
  });
});
