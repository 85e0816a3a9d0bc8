/**
 * @module open-vocabulary.test
 * Meetings of formats the knowledge base does not hold, or holds only under their sides' names: the format that
 * names the meeting wins over organisations mentioned before it, sides joined by dashes name a format, and a
 * primary document's opening place and date lines date and place it. Invented sentences; the fixture KB.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectMeeting } from '../../../src/analyse/meeting/detect-meeting.ts';
import { compoundFormat } from '../../../src/analyse/meeting/compound-format.ts';
import { headStamp } from '../../../src/analyse/meeting/head-stamp.ts';
import { sentenceSpans } from '../../../src/analyse/shared/sentence-spans.ts';
import type { DocumentKind } from '../../../src/model/document.ts';
import { fixtureLexicons } from './fixture-lexicons.ts';

const detect = (text: string, kind?: DocumentKind) =>
  detectMeeting({ text, meta: {}, sentences: sentenceSpans(text, []), lexicons: fixtureLexicons(), kind }).value;

describe('formats named by their sides', () => {
  test('should match the knowledge base format whatever the order and spelling of its sides', () => {
    const hit = compoundFormat('They met at the Central Asia-China Summit in Astana.', fixtureLexicons());
    assert.equal(hit?.name, 'China–Central Asia');
  });
  test('should name a new format from two known sides, with stops dropped from an abbreviation', () => {
    assert.equal(compoundFormat('at the first Russia-India Leaders Summit', fixtureLexicons())?.name, 'Russia–India');
    assert.equal(compoundFormat('the SCO-China Forum opened', fixtureLexicons())?.name, 'SCO–China');
  });
  test('should not make a format of a hyphenated name whose sides are not states or organisations', () => {
    assert.equal(compoundFormat('the Asia-Pacific Economic Forum', fixtureLexicons()), null);
  });
  test('should prefer the format that names the meeting over an organisation mentioned earlier', () => {
    const v = detect(
      'We, the Heads of State of the Shanghai Cooperation Organisation members and of India, met in Almaty on ' +
        '3 March 2026 for the first SCO-India Summit.',
    );
    assert.equal(v.format, 'SCO–India');
    assert.equal(v.edition, 1);
  });
});

describe('dates of a meeting written with words between the days', () => {
  test('should read "17 and 18 July 2026" as a two-day meeting', () => {
    const v = detect('The leaders met in Dushanbe on 17 and 18 July 2026 for their summit.');
    assert.deepEqual([v.date, v.end], ['2026-07-17', '2026-07-18']);
  });
});

describe('the opening place and date lines of a primary document', () => {
  test('should read a place line and a date line, with markup and a region', () => {
    const s = headStamp('**Shanghai, Jiangsu**  \n**May 4-5, 2026**\n\nWe discussed trade.', fixtureLexicons());
    assert.deepEqual(s?.place, { city: 'Shanghai', country: 'CN' });
    assert.deepEqual([s?.date?.date, s?.date?.until], ['2026-05-04', '2026-05-05']);
  });
  test('should find no stamp when the text opens with a sentence', () => {
    assert.equal(headStamp('The ministers met in Almaty on 4 May 2026.', fixtureLexicons()), null);
  });
  test('should date and place the meeting by the stamp rather than another summit a sentence mentions', () => {
    const text =
      'Almaty, Kazakhstan\n12 October 2026\n\nThe ministers discussed trade. Some recalled the Energy Summit in ' +
      'Shanghai on 2 September 2026.';
    const v = detect(text, 'press-release');
    assert.deepEqual([v.date, v.city], ['2026-10-12', 'Almaty']);
  });
  test('should not read a news report’s opening lines as the meeting’s stamp', () => {
    const text = 'Almaty, Kazakhstan\n12 October 2026\n\nThe summit in Shanghai on 2 September 2026 ended.';
    assert.equal(detect(text, 'news').city, 'Shanghai');
  });
});

describe('ordinals of other bodies', () => {
  test('should not take the session of another body named after "of the" as the edition', () => {
    const text =
      'On the margins of the 81st session of the General Assembly of the Union, the foreign ministers of ' +
      'Kazakhstan and China met in Shanghai on 22 September 2026.';
    const at = text.indexOf('General Assembly');
    const bodies = [{ start: at, end: at + 33, name: 'General Assembly of the Union' }];
    const v = detectMeeting({
      text,
      meta: {},
      sentences: sentenceSpans(text, []),
      lexicons: fixtureLexicons(),
      bodies,
    });
    assert.equal(v.value.edition, null);
  });
  test('should not take a meeting of the format’s body of another level as a summit’s edition', () => {
    const v = detect(
      'The China–Central Asia Summit was held in Astana on 17 June 2026. It followed the 7th meeting of the ' +
        'China–Central Asia Cooperation Forum held in Almaty.',
    );
    assert.equal(v.level, 'heads-of-state');
    assert.equal(v.edition, null);
  });
  test('should keep the ordinal of the meeting itself', () => {
    assert.equal(detect('The 7th China–Central Asia Summit was held in Astana on 17 June 2026.').edition, 7);
  });
});
