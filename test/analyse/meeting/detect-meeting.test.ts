/**
 * @module detect-meeting.test
 * Meeting detection: fields, broken dates, datelines, knowledge-base filling.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectMeeting } from '../../../src/analyse/meeting/detect-meeting.ts';
import { sentenceSpans } from '../../../src/analyse/shared/sentence-spans.ts';
import { fixtureLexicons } from './fixture-lexicons.ts';

const detect = (text: string, meta = {}) =>
  detectMeeting({ text, meta, sentences: sentenceSpans(text, []), lexicons: fixtureLexicons() });

describe('detectMeeting', () => {
  test('should read format, level, edition, date and place of a communiqué opening', () => {
    const m = detect(
      'On 26 April 2025, the 6th meeting of foreign ministers in the “China-Central Asia” format was held in ' +
        'Almaty. The Parties agreed to meet.',
    );
    assert.deepEqual(m.value, {
      format: 'China–Central Asia',
      formatId: 'org:china-central-asia',
      level: 'foreign-ministers',
      edition: 6,
      date: '2025-04-26',
      end: null,
      city: 'Almaty',
      country: 'KZ',
    });
  });
  test('should read a multi-day meeting and its end', () => {
    const m = detect('The summit of the China + Central Asia format was held in Astana on June 16-17, 2027.');
    assert.equal(m.value.date, '2027-06-16');
    assert.equal(m.value.end, '2027-06-17');
    assert.equal(m.value.level, 'heads-of-state');
  });
  test('should name a partner format that the knowledge base lacks', () => {
    const m = detect(
      'The first-ever summit of the Gulf Cooperation Council (GCC) and Central Asian states was held in Jeddah on ' +
        'July 19, 2023.',
    );
    assert.equal(m.value.format, 'GCC–Central Asia');
    assert.equal(m.value.edition, 1);
  });
  test('should leave a broken date unset with a warning when the meeting is unknown', () => {
    const m = detect(
      'On May 2023-5, 18 the third meeting of the ministers of transport of the Korea-Central Asia format was held.',
    );
    assert.equal(m.value.date, null);
    assert.ok(m.notes.some((n) => n.rule === 'broken-date' && n.severity === 'warning'));
    assert.ok(m.confidence < 0.6);
  });
  test('should prefer the knowledge base date when the text date is broken and the meeting is known', () => {
    const m = detect(
      'On April 2025-4, 26 the 6th meeting of foreign ministers of the China-Central Asia format was held in Almaty.',
    );
    assert.equal(m.value.date, '2025-04-26');
    assert.ok(m.notes.some((n) => n.rule === 'broken-date'));
  });
  test('should ignore a news dateline and count a weekday back from publication', () => {
    const m = detect(
      'KUALA LUMPUR, June 19 (Bernama) -- Leaders attended the second China-Central Asia Summit on Tuesday in ' +
        'Astana, officials said.',
      { published: '2025-06-19' },
    );
    assert.equal(m.value.city, 'Astana');
    assert.equal(m.value.date, '2025-06-17');
    assert.equal(m.value.edition, 2);
  });
  test('should fill date and place from the knowledge base record of an identified meeting', () => {
    const m = detect(
      'The sixth China-Central Asia Foreign Ministers’ Meeting ended with a press release, officials said.',
    );
    assert.equal(m.value.date, '2025-04-26');
    assert.equal(m.value.city, 'Almaty');
    assert.equal(m.rule, 'kb-edition');
  });
  test('should not take a city that opens an organisation name for the venue', () => {
    const m = detect(
      'The leaders of the Shanghai Cooperation Organisation met at the summit in Astana on July 4, 2024.',
    );
    assert.equal(m.value.city, 'Astana');
  });
});

describe('detectMeeting dates in news', () => {
  test('should skip a dateline with a country and a full stop and take the date tied to the meeting verb', () => {
    const m = detect(
      'ASTANA, Kazakhstan, June 14. Documents will be signed at the second China-Central Asia Summit, officials ' +
        'said.\n\nThe summit will take place on June 16-17 in Astana.',
      { published: '2027-06-14' },
    );
    assert.equal(m.value.date, '2027-06-16');
    assert.equal(m.value.end, '2027-06-17');
  });
  test('should prefer a date tied to "held on" over an earlier loose date in the head', () => {
    const m = detect(
      'Officials spoke on 3 May 2027 about trade. The China-Central Asia summit was planned long ago.\nIt was held ' +
        'on 9 May 2027 in Dushanbe.',
    );
    assert.equal(m.value.date, '2027-05-09');
  });
  test('should ignore a byline line that only gives the publication date', () => {
    const m = detect(
      'The second China-Central Asia Summit took place in Astana, bringing leaders together.\n\nJune 20, 2025',
      { published: '2025-06-20' },
    );
    assert.equal(m.value.date, '2025-06-17');
  });
  test('should take a missing year from the format meeting on the same day, not from another year in the text', () => {
    const m = detect(
      'Leaders convened in Astana on June 17 for the second China-Central Asia Summit. The first such gathering was' +
        ' held in 2023 in Xi’an.',
    );
    assert.equal(m.value.date, '2025-06-17');
    assert.ok(m.notes.some((n) => n.rule === 'year-from-kb'));
  });
  test('should read the level of a named body of the format over the generic noun "forum"', () => {
    const m = detect('Ministers opened the China-Central Asia Cooperation Forum in Almaty on 5 May 2027.');
    assert.equal(m.value.level, 'foreign-ministers');
  });
});

describe('detectMeeting without a meeting sentence', () => {
  test('should identify the meeting by a date the knowledge base knows, not by a source line', () => {
    const m = detect(
      'Document from the Shanghai Cooperation Organisation legal database\n\nAGREEMENT\n\nof June 17, 2025\n\nAbout' +
        ' friendship between the Republic of Kazakhstan and China',
    );
    assert.equal(m.value.format, 'China–Central Asia');
    assert.equal(m.value.city, 'Astana');
  });
});
