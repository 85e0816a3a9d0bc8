/**
 * @module named-documents.test
 * References named the way US, EU, G7 and UN drafting names them: numbered resolutions with the body
 * that adopted them, names with a lower-case head ("the … initiative", "the … Leaders’ meeting"),
 * codes, formulas, agreements and protocols. Invented sentences over the fixture knowledge base.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation } from '../../../src/model/annotation.ts';
import { findReferences } from '../../../src/analyse/statements/find-references.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

const lexicons = fixtureLexicons();
const names = (t: string, entities: Annotation[] = []) =>
  findReferences(t, 0, t.length, entities, lexicons, 2025, null).map((r) => `${r.type}:${r.name}`);
/** An entity mention of `words` in `t`. */
const mention = (t: string, words: string, type: string, at = t.indexOf(words)): Annotation => ({
  layer: 'entities',
  start: at,
  end: at + words.length,
  source: 't',
  confidence: 1,
  value: { known: true, entityId: `kb:${words}`, type, name: words },
});

describe('named documents, resolutions and lower-case heads', () => {
  test('should read a resolution with its number and the body that adopted it', () => {
    assert.deepEqual(names('We act in line with UN Security Council resolution 2231 (2015).'), [
      'initiative:UN Security Council resolution 2231 (2015)',
    ]);
    assert.deepEqual(names('The Assembly, in Resolution No. ES-11/1 dated 2 March 2022, deplored it.'), [
      'initiative:Resolution No. ES-11/1',
    ]);
    assert.deepEqual(names('We note the General Assembly Resolution A/RES/75/239 on it.'), [
      'initiative:General Assembly Resolution A/RES/75/239',
    ]);
    assert.deepEqual(names('We recall Resolutions 2570 and 2571.'), ['initiative:Resolutions 2570 and 2571']);
    assert.deepEqual(names('Recalling UNSC resolution 2254, we act.'), ['initiative:UNSC resolution 2254']);
  });
  test('should not read unnumbered resolutions as a name', () => {
    assert.deepEqual(names('We call for the implementation of the relevant resolutions.'), []);
  });
  test('should read a capitalised name with a lower-case head', () => {
    assert.deepEqual(names('We launched the Energy for Growth in Africa initiative with partners.'), [
      'initiative:Energy for Growth in Africa initiative',
    ]);
    assert.deepEqual(names('We welcome the Sub-Regional Leaders’ meeting held last year.'), [
      'event:Sub-Regional Leaders’ meeting',
    ]);
  });
  test('should not read a sentence start, a month, a state or a possessor before a lower-case head as a name', () => {
    for (const t of [
      'We plan to act.',
      'This initiative will help.',
      'We recall the July meeting.',
      'We support the Kazakh initiative to act.',
      'We support the Presidency’s initiative.',
      'We welcome the Kazakhstan summit.',
      'We will implement ASEAN agreements.',
      'We support the EU-facilitated dialogue.',
    ])
      assert.deepEqual(names(t), [], t);
  });
  test('should type outlooks, principles, facilities and coalitions as initiatives, networks as organisations', () => {
    assert.deepEqual(names('We welcome the Blue Ocean Outlook and the Pandemic Response Facility.'), [
      'initiative:Blue Ocean Outlook',
      'initiative:Pandemic Response Facility',
    ]);
    assert.deepEqual(names('We join the Coastal Cities Network.'), ['organization:Coastal Cities Network']);
  });
  test('should read a year opening a name, a group number and a plural possessive inside one', () => {
    const cases: [string, string[]][] = [
      ['We will implement the 2030 Agenda.', ['initiative:2030 Agenda']],
      ['We recall the G20 Coastal Leaders’ Declaration.', ['initiative:G20 Coastal Leaders’ Declaration']],
      ['In 2026 Kazakhstan will host it.', []],
      [
        'at the Food Systems Summit, COP26 and the Nutrition for Growth Summit later',
        ['event:Food Systems Summit', 'event:Nutrition for Growth Summit'],
      ],
    ];
    for (const [text, expected] of cases) assert.deepEqual(names(text), expected, text);
  });
  test('should type codes, formulas, agreements and protocols as initiatives', () => {
    assert.deepEqual(names('We support the Code of Conduct for Advanced Systems.'), [
      'initiative:Code of Conduct for Advanced Systems',
    ]);
    assert.deepEqual(names('We support the Ten-Point Peace Formula.'), ['initiative:Ten-Point Peace Formula']);
    assert.deepEqual(names('We implement the Paris Agreement.'), ['initiative:Paris Agreement']);
  });
  test('should not refer to an organisation that only qualifies an initiative, and keep an owner', () => {
    const t = 'We will achieve the UN Sustainable Development Goals and the Master Plan on ASEAN Connectivity.';
    const entities = [
      mention(t, 'UN', 'organization'),
      mention(t, 'Sustainable Development Goals', 'initiative'),
      mention(t, 'Master Plan on ASEAN Connectivity', 'initiative'),
      mention(t, 'ASEAN', 'organization'),
    ];
    assert.deepEqual(names(t, entities), [
      'initiative:Sustainable Development Goals',
      'initiative:Master Plan on ASEAN Connectivity',
    ]);
    const owned = 'We support the Action Plan of the ASEAN.';
    assert.deepEqual(
      names(owned, [mention(owned, 'Action Plan of the ASEAN', 'initiative'), mention(owned, 'ASEAN', 'organization')]),
      ['initiative:Action Plan of the ASEAN', 'organization:ASEAN'],
    );
  });
});
