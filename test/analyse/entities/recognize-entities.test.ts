import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';
import { fixtureKb } from './fixture-kb.ts';

const find = (text: string, date = '2025-06-17') =>
  recognizeEntities(text, fixtureKb, { date }).map((m) => ({
    text: text.slice(m.start, m.end),
    id: m.value.entityId,
    name: m.value.name,
    source: m.source,
    known: m.value.known,
    role: m.value.role,
    country: m.value.country,
  }));

describe('entity rules', () => {
  test('should link KB aliases with exact spans', () => {
    const out = find('The Kyrgyz Republic hosted talks in Nur-Sultan with the SCO.');
    assert.deepEqual(
      out.map((m) => [m.text, m.id, m.source]),
      [
        ['Kyrgyz Republic', 'country:KG', 'entities:alias'],
        ['Nur-Sultan', 'city:astana', 'entities:alias'],
        ['SCO', 'org:sco', 'entities:alias'],
      ],
    );
  });
  test('should read country adjectives, and the X side, but not a language', () => {
    const out = find('The Kazakh side welcomed the Uzbek President. Kyrgyz language classes');
    assert.deepEqual(
      out.map((m) => [m.text, m.id, m.source]),
      [
        ['Kazakh', 'country:KZ', 'entities:side'],
        ['Uzbek', 'country:UZ', 'entities:adjective'],
      ],
    );
  });
  test('should attach a role before a known name, with its country', () => {
    const [, wang] = find('Chinese Foreign Minister Wang Yi spoke.');
    assert.equal(wang.id, 'person:wang-yi');
    assert.equal(wang.role, 'Chinese Foreign Minister');
  });
  test('should find a transliterated spelling by skeleton key, also in Cyrillic', () => {
    assert.equal(find('Zheenbek Kulubayev arrived.')[0]?.id, 'person:kulubaev');
    assert.equal(find('Жээнбек Кулубаев прибыл.')[0]?.id, 'person:kulubaev');
  });
  test('should resolve a garbled surname through role, country and date', () => {
    const out = find('Kyrgyz Republic Foreign Minister Kurubayev attended.', '2022-06-08');
    const p = out.find((m) => m.text === 'Kurubayev');
    assert.equal(p?.id, 'person:kulubaev');
    assert.equal(p?.source, 'entities:role-title');
  });
  test('should tell the two Berdimuhamedovs apart by date and role', () => {
    assert.equal(
      find('President Berdimuhamedov opened the summit.', '2025-06-17').find((m) => m.text === 'Berdimuhamedov')?.id,
      'person:serdar',
    );
    assert.equal(
      find('President Berdimuhamedov opened the summit.', '2019-06-17').find((m) => m.text === 'Berdimuhamedov')?.id,
      'person:gurbanguly',
    );
    assert.equal(
      find('Chairman of the Halk Maslahaty Berdimuhamedov met them.', '2025-06-17').find(
        (m) => m.text === 'Berdimuhamedov',
      )?.id,
      'person:gurbanguly',
    );
    assert.equal(
      find('S.G. Berdimuhamedov signed.', '2025-06-17').find((m) => m.text.endsWith('Berdimuhamedov'))?.id,
      'person:serdar',
    );
  });
  test('should make an unknown person with a role cue a new entity', () => {
    const p = find('Secretary-General Ivan Petrov said.').find((m) => m.text === 'Ivan Petrov');
    assert.equal(p?.id, 'new:person:ivan-petrov');
    assert.equal(p?.known, false);
    assert.equal(p?.role, 'Secretary-General');
  });
  test('should resolve surname-only mentions to the person named earlier', () => {
    const out = find('Secretary-General Ivan Petrov spoke. Later Petrov left.');
    assert.deepEqual(
      out.filter((m) => m.id === 'new:person:ivan-petrov').map((m) => [m.text, m.source]),
      [
        ['Ivan Petrov', 'entities:role-title'],
        ['Petrov', 'entities:surname'],
      ],
    );
  });
  test('should resolve acronyms defined in brackets', () => {
    const out = find('the Central Asian Drug Coordination Centre (CADCC) works. CADCC grew.');
    const ids = new Set(out.map((m) => m.id));
    assert.equal(ids.size, 1);
    assert.deepEqual(
      out.map((m) => m.source),
      ['entities:pattern/org-suffix', 'entities:acronym', 'entities:acronym'],
    );
  });
  test('should find bodies by head noun, new when not in the KB', () => {
    const out = find('the Ministry of Foreign Affairs of Kazakhstan and the Regional AI Center opened.');
    const orgs = out.filter((m) => m.source === 'entities:pattern/org-suffix').map((m) => [m.text, m.known]);
    assert.deepEqual(orgs, [
      ['Ministry of Foreign Affairs of Kazakhstan', false],
      ['Regional AI Center', false],
    ]);
    assert.ok(out.some((m) => m.id === 'country:KZ'));
  });
  test('should find named events by head noun', () => {
    const out = find(
      'They attended the Samarkand International Climate Forum and the 43rd session of the UNESCO General Conference.',
    );
    assert.deepEqual(
      out.filter((m) => m.source === 'entities:pattern/event').map((m) => m.text),
      ['Samarkand International Climate Forum', '43rd session of the UNESCO General Conference'],
    );
  });
  test('should link meetings of a format by edition and level to the meeting record', () => {
    for (const s of [
      'the 6th meeting of foreign ministers in the “China-Central Asia” format',
      'VI meeting of Foreign Ministers in Central Asia — China format',
    ]) {
      const e = find(`${s} was held.`).find((m) => m.source === 'entities:pattern/event');
      assert.equal(e?.id, 'event:cca-fm-6', s);
      assert.equal(e?.name, "6th China–Central Asia Foreign Ministers' Meeting");
    }
    assert.equal(
      find('the second C5+China summit').find((m) => m.source === 'entities:pattern/event')?.id,
      'event:cca-summit-2',
    );
  });
});

describe('long names sharing a family name', () => {
  test('should resolve by the given name, spelt otherwise, not by the family name and the current post holder', () => {
    const m = find('Crown Prince Sheikh Faris Al-Hamed Al-Qasimi said the summit went well.', '2025-01-01').find((x) =>
      x.id.includes('person:'),
    );
    assert.equal(m?.id, 'person:qasimi-faris');
    assert.equal(m?.text, 'Faris Al-Hamed Al-Qasimi');
  });
  test('should still take a bare family name after the role for the post holder', () => {
    const m = find('Crown Prince Al-Qasimi said the summit went well.', '2025-01-01').find((x) =>
      x.id.includes('person:'),
    );
    assert.equal(m?.id, 'person:qasimi-nasser');
  });
});

describe('a format named as its meetings are', () => {
  test('should read an ordinal before the format’s name as one meeting of it (an event), not the organisation', () => {
    const found = find(
      'Leaders met in Astana to hold the sixth consultative meeting of the leaders of Regional States.',
      '2024-08-09',
    );
    const m = found.find((x) => x.text.includes('consultative'));
    assert.equal(m?.id, 'event:consult-6');
    assert.equal(m?.text, 'sixth consultative meeting of the leaders of Regional States');
  });
  test('should keep the organisation when no ordinal names one meeting', () => {
    const m = find('The consultative meeting of the leaders of Regional States is a useful format.', '2024-08-09').find(
      (x) => x.text.includes('consultative'),
    );
    assert.equal(m?.id, 'org:consult');
  });
});

describe('a named body of a dialogue format', () => {
  test('should read the body’s name as its meeting nearest the date, at the body’s level', () => {
    const m = find('Ministers met at the China-Central Asia Cooperation Forum in Astana on Monday.', '2025-04-28').find(
      (x) => x.text.includes('Forum'),
    );
    assert.equal(m?.id, 'event:cca-fm-6');
  });
});
