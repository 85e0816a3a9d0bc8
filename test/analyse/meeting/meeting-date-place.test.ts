/**
 * @module meeting-date-place.test
 * Meeting date and venue against the distractors of real reports: talks on the eve, a trip around the
 * meeting, a meeting recalled, a city a decision is about, a meeting held by video link, a speech's place-date line.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectMeeting } from '../../../src/analyse/meeting/detect-meeting.ts';
import { sentenceSpans } from '../../../src/analyse/shared/sentence-spans.ts';
import type { DocumentMeta } from '../../../src/model/document.ts';
import { fixtureLexicons } from './fixture-lexicons.ts';

const detect = (text: string, meta: DocumentMeta = {}) =>
  detectMeeting({ text, meta, sentences: sentenceSpans(text, []), lexicons: fixtureLexicons() });

describe('meeting date when the text names a known meeting', () => {
  test('should take the record date over talks held on the eve of the named meeting', () => {
    const m = detect(
      'On April 25, 2025, the Foreign Minister held talks in Almaty with his Kazakh counterpart. The ministers were' +
        ' in Kazakhstan for the sixth China-Central Asia Foreign Ministers’ Meeting.',
    );
    assert.equal(m.value.date, '2025-04-26');
    assert.ok(m.notes.some((n) => n.rule === 'kb-date'));
  });
  test('should take the record date over the span of a trip around the summit', () => {
    const m = detect(
      'The Chinese leader met with the presidents of the five countries from June 16 to 18 at the second ' +
        'China-Central Asia Summit in Astana.',
      { published: '2025-06-19' },
    );
    assert.equal(m.value.date, '2025-06-17');
    assert.equal(m.value.end, null);
  });
  test('should keep a text date that a meeting verb ties to the meeting', () => {
    const m = detect('The sixth China-Central Asia Foreign Ministers’ Meeting was held on April 27, 2025 in Almaty.');
    assert.equal(m.value.date, '2025-04-27');
  });
});

describe('meeting venue', () => {
  test('should not take a meeting recalled from years ago for the meeting', () => {
    const m = detect(
      'During our meeting in Dushanbe two years ago, we agreed on a plan. I am glad to join you at the second ' +
        'China-Central Asia Summit.',
    );
    assert.notEqual(m.value.city, 'Dushanbe');
    assert.equal(m.value.city, 'Astana');
  });
  test('should date and place a speech by its place-and-date line, not by a photo caption', () => {
    const text =
      'City view of Almaty, March 3, 2024. Image: archive\nKeynote speech at the China-Central Asia Summit\nAstana,' +
      ' June 17, 2025\nYour Excellency, dear colleagues, I am glad to be here.';
    const m = detect(text, { kind: 'speech' });
    assert.equal(m.value.date, '2025-06-17');
    assert.equal(m.value.city, 'Astana');
  });
  test('should not take a city that a decision is about for the venue', () => {
    const m = detect(
      'The SCO summit was chaired by the President of Kazakhstan. The parties signed decisions on declaring the ' +
        'city of Shanghai (China) the SCO tourist capital for 2025.',
    );
    assert.equal(m.value.city, null);
  });
  test('should place an undated meeting by the city its declaration is named after, dated from its record', () => {
    const m = detect(
      'The President chaired the China-Central Asia summit. Following the meeting, the leaders signed the Astana ' +
        'Declaration and a plan for 2025-2027.',
    );
    assert.equal(m.value.city, 'Astana');
    assert.equal(m.value.date, '2025-06-17');
    assert.equal(m.rule, 'kb-place');
  });
  test('should give a meeting held by video link no venue, whatever the dateline or record says', () => {
    const m = detect(
      'Xinhua, Almaty, April 26 (Xinhua) On April 26, 2025, the sixth China-Central Asia foreign ministers’ meeting' +
        ' was held via video link.',
      { published: '2025-04-26' },
    );
    assert.equal(m.value.city, null);
    assert.equal(m.value.country, null);
    assert.equal(m.value.date, '2025-04-26');
    assert.ok(m.notes.some((n) => n.rule === 'virtual-meeting'));
  });
});
