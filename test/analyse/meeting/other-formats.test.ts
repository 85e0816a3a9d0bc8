/**
 * @module other-formats.test
 * Meeting and parties rules for texts beyond the gold: a past meeting named in a statement is
 * not the document's, the venue country bounds the city, presidents' signatures give the level,
 * and the venue of an attendance sentence is no party.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectMeeting } from '../../../src/analyse/meeting/detect-meeting.ts';
import { detectParties } from '../../../src/analyse/meeting/detect-parties.ts';
import { sentenceSpans } from '../../../src/analyse/shared/sentence-spans.ts';
import { fixtureLexicons } from './fixture-lexicons.ts';

const detect = (text: string) =>
  detectMeeting({ text, meta: {}, sentences: sentenceSpans(text, []), lexicons: fixtureLexicons() }).value;

describe('meeting of documents from other formats', () => {
  test('should take the meeting the document comes from, not a past one its statements recall', () => {
    const v = detect(
      'The Heads of State of Kazakhstan, Russia and Uzbekistan, meeting in Dushanbe on 12 November 2026 for the ' +
        'third summit, declare the following:\n\n1. The Sides welcomed the results of the first meeting of the ' +
        'Business Council held in Almaty in March 2026.',
    );
    assert.equal(v.city, 'Dushanbe');
    assert.equal(v.edition, 3);
  });
  test('should keep the venue country and no city from elsewhere when the sentence names only a country', () => {
    const v = detect(
      'The ministers met in India on 15 May 2026 for their annual meeting.\n\nThey agreed to hold a conference in ' +
        'Almaty in 2027.',
    );
    assert.equal(v.country, 'IN');
    assert.equal(v.city, null);
  });
  test('should read heads-of-state level from a signature block of presidents', () => {
    const v = detect(
      'TREATY between Kazakhstan and Uzbekistan\n\nArticle 1\nThe Parties shall cooperate.\n\nFor the Republic of ' +
        'Kazakhstan\nPresident of the Republic of Kazakhstan\n\nFor the Republic of Uzbekistan\nPresident of the ' +
        'Republic of Uzbekistan',
    );
    assert.equal(v.level, 'heads-of-state');
  });
});

describe('parties of documents from other formats', () => {
  test('should not count the venue of the meeting sentence as a party', () => {
    const text =
      'The Foreign Ministers of Kazakhstan, Tajikistan and Uzbekistan met in India on 15 May 2026.\n\n1. The ' +
      'Ministers will cooperate.';
    const s = sentenceSpans(text, []);
    assert.deepEqual(
      detectParties({ text, sentences: s, lexicons: fixtureLexicons(), entities: [], meetingSpan: s[0] })?.parties,
      ['KZ', 'TJ', 'UZ'],
    );
  });
  test('should read signatory lines written without "the"', () => {
    const text = 'The Parties will cooperate.\n\nFor the Republic of Kazakhstan\nFor Turkmenistan';
    assert.deepEqual(
      detectParties({ text, sentences: sentenceSpans(text, []), lexicons: fixtureLexicons(), entities: [] })?.parties,
      ['KZ', 'TM'],
    );
  });
});
