/**
 * @module undated-reports.test
 * Reports of other formats and languages: a publication month from a placeholder header, Russian meeting nouns and
 * verbs, ordinals glued to the next word or counting another level's meetings, "City:" datelines.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectMeeting } from '../../../src/analyse/meeting/detect-meeting.ts';
import { linkMeeting } from '../../../src/analyse/meeting/meeting-record.ts';
import { coordinatedFormat } from '../../../src/analyse/meeting/compound-format.ts';
import { maskPlaceColons } from '../../../src/analyse/meeting/meeting-sentence.ts';
import { readEdition } from '../../../src/analyse/meeting/read-edition.ts';
import { publicationPeriod } from '../../../src/analyse/shared/publication-period.ts';
import { sentenceSpans } from '../../../src/analyse/shared/sentence-spans.ts';
import { loadContext } from '../../../src/analyse/load-context.ts';
import type { DocumentMeta } from '../../../src/model/document.ts';
import { FIXTURE_RECORDS, fixtureLexicons } from './fixture-lexicons.ts';
import type { FormatMeeting } from '../../../src/knowledge/kb-types.ts';

const detect = (text: string, meta: DocumentMeta = {}, lexicons = fixtureLexicons()) =>
  detectMeeting({ text, meta, sentences: sentenceSpans(text, []), lexicons }).value;

describe('publication period', () => {
  const { dates, datePhrases } = fixtureLexicons();
  test('should take the stated day, else the month a placeholder gives', () => {
    assert.equal(publicationPeriod({ published: '2024-06-14' }, dates, datePhrases), '2024-06-14');
    assert.equal(publicationPeriod({ extra: { published: 'unknown (November 2021)' } }, dates, datePhrases), '2021-11');
  });
  test('should not take a bound or a bare placeholder for the month', () => {
    assert.equal(publicationPeriod({ extra: { published: 'unknown (after October 2022)' } }, dates, datePhrases), null);
    assert.equal(publicationPeriod({ extra: { published: 'unknown' } }, dates, datePhrases), null);
    assert.equal(publicationPeriod({ extra: { date: 'circa 2019' } }, dates, datePhrases), null);
    assert.equal(publicationPeriod({ extra: { pubdate: 'March 2019' } }, dates, datePhrases), '2019-03');
  });
  test('should link an undated report to the meeting of its publication month', () => {
    const group = FIXTURE_RECORDS.find((r) => r.id === 'org:china-central-asia') as unknown as {
      format: { meetings: FormatMeeting[] };
    };
    const v = {
      format: 'China–Central Asia',
      level: 'heads-of-state' as const,
      edition: null,
      date: null,
      end: null,
      city: null,
      country: null,
    };
    assert.equal(linkMeeting(group.format.meetings, v, '2025-06', '')?.meeting.id, 'event:cca-summit2');
    assert.equal(linkMeeting(group.format.meetings, v, '2025-09', ''), null);
  });
});

describe('editions', () => {
  const ordinals = fixtureLexicons().ordinals;
  test('should read an ordinal glued to the next word and a Roman numeral before a Russian noun', () => {
    assert.equal(readEdition('the 10thASEAN-United States (U.S.) Summit', ordinals)?.edition, 10);
    assert.equal(readEdition('завершился VIII саммит Тюркского совета', ordinals)?.edition, 8);
    assert.equal(readEdition('the 10th anniversary', ordinals), null);
  });
  test('should not take the edition of another level’s meeting outside the naming sentence', () => {
    const m = detect(
      'Launched at the China-Central Asia Summit in Astana in June 2025, the Declaration guides the work. ' +
        'A note followed the first meeting at the Ministerial level that took place in October 2025 in Almaty.',
    );
    assert.equal(m.edition, null);
    assert.equal(m.date, '2025-06-17');
    assert.equal(m.city, 'Astana');
  });
});

describe('reports in Russian', () => {
  test('should name the meeting with a Russian noun and verb and read its edition', () => {
    const m = detect(
      'В Стамбуле накануне завершился VIII саммит ОТГ. Утвержден документ.',
      { published: '2021-11' },
      loadContext().lexicons,
    );
    assert.equal(m.formatId, 'org:ots');
    assert.equal(m.edition, 8);
    assert.equal(m.level, 'heads-of-state');
    assert.equal(m.date, '2021-11-12');
    assert.equal(m.city, 'Istanbul');
  });
});

describe('"City:" datelines', () => {
  test('should blank a known city before a colon and keep other labels', () => {
    const lexicons = fixtureLexicons();
    assert.equal(maskPlaceColons('Almaty: The ministers met.', lexicons), '        The ministers met.');
    assert.equal(maskPlaceColons('Strengthening Ties: China', lexicons), 'Strengthening Ties: China');
  });
});

describe('a format named by its two sides side by side', () => {
  test('should read "the leaders of X (…) and the Y" as their joint format when the knowledge base has it', () => {
    const lexicons = loadContext().lexicons;
    const text =
      'The leaders of the European Union (EU) and the Community of Latin American and Caribbean States (CELAC) ' +
      'ended their summit in Brussels on Tuesday.';
    assert.equal(coordinatedFormat(text, lexicons)?.formatName, 'EU–CELAC');
    assert.equal(detect(text, { published: '2023-07' }, lexicons).date, '2023-07-17');
    assert.equal(coordinatedFormat('Kazakhstan and the European Union signed it.', lexicons), null);
  });
});

describe('ordinals of occasions', () => {
  test('should not read a host’s first summit as the first edition', () => {
    const ordinals = fixtureLexicons().ordinals;
    assert.equal(readEdition('“This is the first summit I’ve hosted at Camp David,” he said.', ordinals), null);
    assert.equal(readEdition('the tenth meeting since the format began', ordinals)?.edition, 10);
    assert.equal(readEdition('the 50th session of the group, which has met since 1975', ordinals)?.edition, 50);
  });
});
