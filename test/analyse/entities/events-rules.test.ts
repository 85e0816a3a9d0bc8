/**
 * @module events-rules.test
 * Event rules: plural meetings split by date and place, possessive names, format names before
 * an event, dialogues as initiatives, ordinal meetings of the document's one format, meetings of
 * a format's bodies.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';
import { knownOccurrence, meetingOccurrences } from '../../../src/analyse/shared/meeting-occurrences.ts';
import { fixtureKb } from './fixture-kb.ts';
import { buildKnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';
import type { KbRecord } from '../../../src/knowledge/kb-types.ts';
import { loadEntityLexicons } from '../../../src/analyse/shared/entity-lexicons.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge-base.ts';

const { dates } = loadEntityLexicons();

const places = (w: string) =>
  [...w.matchAll(/\b(?:Chengdu|Almaty|Astana)\b/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
const events = (text: string) =>
  recognizeEntities(text, fixtureKb, { date: '2025-06-17' })
    .filter((m) => m.value.type === 'event' || m.value.type === 'initiative')
    .map((m) => [text.slice(m.start, m.end), m.value.type, m.value.entityId, m.value.name]);

describe('meetingOccurrences', () => {
  test('should pair places and dates, place first or date first', () => {
    assert.deepEqual(
      meetingOccurrences(
        "Foreign Ministers' Meetings",
        ' held in Chengdu on December 1, 2024, and in Almaty on April 26, 2025.',
        places,
        2025,
        dates,
      ),
      [
        { date: '2024-12-01', place: 'Chengdu' },
        { date: '2025-04-26', place: 'Almaty' },
      ],
    );
    assert.deepEqual(
      meetingOccurrences(
        'meeting of foreign ministers',
        ' (December 1, 2024, Chengdu and April 26, 2025, Almaty)',
        places,
        2025,
        dates,
      ).map((o) => o.place),
      ['Chengdu', 'Almaty'],
    );
  });
  test('should find nothing for one meeting', () => {
    assert.deepEqual(
      meetingOccurrences("Foreign Ministers' Meeting", ' held in Almaty on April 26, 2025.', places, 2025, dates),
      [],
    );
    assert.deepEqual(meetingOccurrences("Foreign Ministers' Meetings", ' were useful.', places, 2025, dates), []);
  });
  test('should find the listed meeting by day, or by city and year', () => {
    const meetings = fixtureKb.meetingsOf('org:cca').map((m) => m.meeting);
    assert.equal(
      knownOccurrence(meetings, 'foreign-ministers', { date: '2025-04-26', place: 'Almaty' })?.id,
      'event:cca-fm-6',
    );
    assert.equal(
      knownOccurrence(meetings, 'heads-of-state', { date: '2025-06', place: 'Astana' })?.id,
      'event:cca-summit-2',
    );
    assert.equal(knownOccurrence(meetings, 'foreign-ministers', { date: '2024-12-01', place: 'Chengdu' }), undefined);
  });
});

describe('event rules', () => {
  test('should split a plural format meeting into its listed meetings', () => {
    const out = events(
      'They praised the Central Asia–China Summits held in China on May 18, 2023, and in Astana on June 17, 2025.',
    );
    assert.deepEqual(
      out.map((e) => [e[0], e[2]]),
      [
        ['Central Asia–China Summits', 'event:cca-summit-1'],
        ['Central Asia–China Summits', 'event:cca-summit-2'],
      ],
    );
  });
  test('should keep one unlisted event when a pair is not listed', () => {
    const out = events(
      'They praised the Central Asia–China Summits held in Shanghai on May 1, 2019, and in Astana on June 17, 2025.',
    );
    assert.equal(out.length, 1);
    assert.equal(out[0][2].startsWith('new:'), true);
  });
  test('should keep a name across a last word after "and"', () => {
    assert.ok(
      events('within the Meeting of Ministers of Economy and Trade, the sides').some(
        (e) => e[0] === 'Meeting of Ministers of Economy and Trade',
      ),
    );
  });
  test('should type a dialogue on a subject as an initiative', () => {
    assert.deepEqual(
      events('They discussed the Regional Critical Minerals Dialogue.').map((e) => [e[0], e[1]]),
      [['Regional Critical Minerals Dialogue', 'initiative']],
    );
  });
  test('should not take a format body’s first meeting for the format’s first summit', () => {
    assert.ok(
      !events('They welcomed the first meeting of the Central Asia–China Council of Business Leaders.').some(
        (e) => e[2] === 'event:cca-summit-1',
      ),
    );
  });
  test('should put an ordinal level meeting in the document’s one format', () => {
    const out = events("Under the Central Asia–China format, the 6th Foreign Ministers' Meeting was held.");
    assert.ok(
      out.some((e) => e[0] === "6th Foreign Ministers' Meeting" && e[2] === 'event:cca-fm-6'),
      JSON.stringify(out),
    );
    const unlisted = events("Under the Central Asia–China format, the 9th Foreign Ministers' Meeting was held.");
    assert.ok(
      unlisted.some((e) => e[3] === "9th China–Central Asia Foreign Ministers' Meeting"),
      JSON.stringify(unlisted),
    );
  });
});

describe('unnumbered format meetings by date', () => {
  const text = 'A signing ceremony of the Meeting of the Council of Heads of State of the China–Central Asia was held.';
  const at = (date: string) =>
    recognizeEntities(text, fixtureKb, { date })
      .filter((m) => m.value.type === 'event')
      .map((m) => m.value.entityId);
  test('should link a level meeting naming the format to its listed meeting near the document date', () => {
    assert.deepEqual(at('2025-06-20'), ['event:cca-summit-2']);
  });
  test('should keep it unlisted when no meeting of that level is near the date', () => {
    assert.ok(at('2019-01-01').every((id) => id.startsWith('new:')));
  });
});

describe('a year ending an event name', () => {
  test('should keep a year printed right after the name', () => {
    assert.ok(
      events('They backed the bid to host Grand Expo 2031.').some((e) => e[0] === 'Grand Expo 2031'),
      JSON.stringify(events('They backed the bid to host Grand Expo 2031.')),
    );
  });
  test('should not take a year that opens a lower-case phrase', () => {
    const out = events('They discussed the Grand Expo 2031 agenda.');
    assert.ok(
      out.some((e) => e[0] === 'Grand Expo') && !out.some((e) => String(e[0]).includes('2031')),
      JSON.stringify(out),
    );
  });
});

describe('a format body inside a meeting name', () => {
  // Invented organisation with a summit and its council, whose listed name swallows the organisation's.
  const kb = buildKnowledgeBase([
    {
      id: 'org:ucs',
      type: 'organization',
      name: 'Upland Cooperation Society',
      aliases: [],
      acronyms: ['UCS'],
      sources: [],
      format: {
        formatName: 'Upland Cooperation Society',
        members: [],
        bodies: [],
        meetings: [
          {
            id: 'event:ucs-2030',
            name: 'UCS Summit (Ridgetown, 2030)',
            level: 'heads-of-state',
            edition: null,
            date: '2030-07-04',
            city: null,
            country: null,
            sources: [],
          },
        ],
      },
    } as KbRecord,
    {
      id: 'org:ucs-chs',
      type: 'organization',
      name: 'Council of Heads of State of the Upland Cooperation Society',
      aliases: [],
      sources: [],
      parent: 'org:ucs',
    } as KbRecord,
  ]);
  test('should link the meeting of a format’s body to the format’s meeting near the date', () => {
    const text =
      'Documents of the Meeting of the Council of Heads of State of the Upland Cooperation Society were signed.';
    const ids = recognizeEntities(text, kb, { date: '2030-07-05' })
      .filter((m) => m.value.type === 'event')
      .map((m) => m.value.entityId);
    assert.deepEqual(ids, ['event:ucs-2030']);
  });
});

describe('open-vocabulary events of other drafting traditions (issue-8)', () => {
  const realKb = loadKnowledgeBase();
  const named = (text: string) =>
    recognizeEntities(text, realKb, { date: '2022-05-13' })
      .filter((m) => m.value.type === 'event' || m.value.type === 'initiative')
      .map((m) => [text.slice(m.start, m.end), m.value.type]);
  test('should read a name across an abbreviated country and its full stop ("ASEAN-U.S. Summit")', () => {
    assert.deepEqual(named('They met at the 7th ASEAN-U.S. Summit in Hanoi.'), [['7th ASEAN-U.S. Summit', 'event']]);
  });
  test('should not read a head that modifies the next capitalised word as an event', () => {
    assert.deepEqual(named('They raised the Steppe Dialogue Relations to a partnership.'), []);
  });
  test('should not read a plural "Summits" (a series) as one event', () => {
    assert.deepEqual(named('As we build upon 15 years of Steppe Union Summits, we commit.'), []);
  });
});
