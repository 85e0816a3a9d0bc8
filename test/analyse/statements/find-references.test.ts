/**
 * @module find-references.test
 * References: events with dates and places, typed names, entity mentions.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation } from '../../../src/model/annotation.ts';
import type { ReferenceValue } from '../../../src/model/layers.ts';
import { findReferences } from '../../../src/analyse/statements/find-references.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

/** References without their spans (spans are checked on their own). */
const withoutSpan = ({ start: _s, end: _e, ...r }: ReferenceValue) => r;
const refs = (t: string, entities: Annotation[] = []) =>
  findReferences(t, 0, t.length, entities, fixtureLexicons(), 2025).map(withoutSpan);

describe('findReferences', () => {
  test('should read a future meeting with its year and place', () => {
    assert.deepEqual(
      refs(
        'The Parties agreed to hold the next meeting of the Ministers of Foreign Affairs of the China-Central Asia ' +
          'format in 2026 in China.',
      ),
      [
        {
          type: 'event',
          name: 'meeting of the Ministers of Foreign Affairs of the China-Central Asia format',
          date: '2026',
          place: 'China',
        },
      ],
    );
  });
  test('should read a named event with its dates and city', () => {
    assert.deepEqual(
      refs(
        'The successful holding of the first Samarkand International Climate Forum, held on 4-5 April 2025 in ' +
          'Samarkand.',
      )[0],
      { type: 'event', name: 'Samarkand International Climate Forum', date: '2025-04-04/2025-04-05', place: null },
    );
  });
  test('should type names by their head noun and split coordinated names', () => {
    assert.deepEqual(
      refs('The Parties will implement projects such as the Lu Ban Workshop and the Confucius Institute.').map((r) => [
        r.type,
        r.name,
      ]),
      [
        ['project', 'Lu Ban Workshop'],
        ['project', 'Confucius Institute'],
      ],
    );
    assert.deepEqual(
      refs('The Parties support the Global Security Initiative.').map((r) => r.type),
      ['initiative'],
    );
  });
  test('should not take a country or a format name for a reference', () => {
    assert.deepEqual(
      refs('The Parties support the Republic of Kazakhstan within the “China-Central Asia” format.'),
      [],
    );
  });
  test('should take the entity layer’s organisations, initiatives and events inside the statement', () => {
    const t = 'The Parties support the work of the SCO.';
    const sco: Annotation = {
      layer: 'entities',
      start: 36,
      end: 39,
      source: 't',
      confidence: 1,
      value: { entityId: 'org:sco', type: 'organization', name: 'Shanghai Cooperation Organisation', known: true },
    };
    assert.deepEqual(refs(t, [sco]), [{ type: 'organization', name: 'Shanghai Cooperation Organisation' }]);
  });
  test('should give every reference the span of the words that name it', () => {
    const t = 'Recalling the talks. The Parties support the work of the SCO.';
    const from = t.indexOf('The Parties');
    const sco: Annotation = {
      layer: 'entities',
      start: t.indexOf('SCO'),
      end: t.indexOf('SCO') + 3,
      source: 't',
      confidence: 1,
      value: { entityId: 'org:sco', type: 'organization', name: 'Shanghai Cooperation Organisation', known: true },
    };
    const found = findReferences(t, from, t.length, [sco], fixtureLexicons(), 2025);
    assert.deepEqual(
      found.map((r) => [r.name, t.slice(r.start, r.end)]),
      [['Shanghai Cooperation Organisation', 'SCO']],
    );
  });
  test('should not take a listed name that begins inside a hyphenated word', () => {
    const t = 'We build an open Asia-Harbour community for all.';
    assert.deepEqual(refs(t, [listedOrg(t, 'Harbour community', 'Harbour Community')]), []);
    const u = 'We thank the Harbour community for all.';
    assert.deepEqual(refs(u, [listedOrg(u, 'Harbour community', 'Harbour Community')]), [
      { type: 'organization', name: 'Harbour Community' },
    ]);
  });
  test('should not take a source’s signature after slashes as a reference', () => {
    const t = 'The Parties will meet again in 2026. ///hbN, 2 May 2025';
    assert.deepEqual(refs(t, [listedOrg(t, 'hbN', 'Harbour News')]), []);
  });
});

/** A listed organisation's entity mention where `printed` first stands in `t`. */
function listedOrg(t: string, printed: string, name: string): Annotation {
  const at = t.indexOf(printed);
  return {
    layer: 'entities',
    start: at,
    end: at + printed.length,
    source: 't',
    confidence: 1,
    value: { entityId: `org:${name}`, type: 'organization', name, known: true },
  };
}
