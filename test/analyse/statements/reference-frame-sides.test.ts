/**
 * @module reference-frame-sides.test
 * References of issue 8: an organisation that is one side of a dialogue format ("EU–US") is still referred to (the
 * shared gold lists the GCC in the GCC–Central Asia statement's references); a region's own names ("the Blue
 * Pacific") are places; a name ending in a noun for people ("the Forum Leaders") names people, not a body. Then the
 * other formats' forms: a side speaking as a party ("ASEAN's efforts" in an ASEAN–US text), the document named by a
 * demonstrative, a listed event's own printed name, superscript ordinals, a bracketed alias, new head nouns, names of
 * ties, listed names cut short, long titles joined across "and". Invented sentences over a tiny knowledge base.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildKbView } from '../../../src/analyse/shared/kb-view.ts';
import { loadLexicons } from '../../../src/analyse/shared/load-lexicons.ts';
import { findReferences, type ReferenceMeeting } from '../../../src/analyse/statements/find-references.ts';
import { ownsFoundingText } from '../../../src/analyse/statements/founding-texts.ts';
import { extendsListedName, printedEventName } from '../../../src/analyse/statements/reference-names.ts';
import type { KbRecord } from '../../../src/knowledge/kb-types.ts';
import { FIXTURE_RECORDS } from '../meeting/fixture-lexicons.ts';

const union = {
  id: 'org:union',
  type: 'organization',
  name: 'Northern Union',
  aliases: [],
  acronyms: ['NU'],
  members: ['KZ', 'KG'],
  sources: [],
} as KbRecord;
const lexicons = loadLexicons(buildKbView([...FIXTURE_RECORDS, union]));
const meeting = (format: string): ReferenceMeeting => ({
  format,
  formatId: null,
  level: 'heads-of-state',
  edition: null,
  date: '2025-05-01',
  city: null,
  meetings: [],
});
const names = (t: string, m: ReferenceMeeting | null = null) =>
  findReferences(t, 0, t.length, [], lexicons, 2025, m).map((r) => r.name);

describe('references framed by the format and its sides (issue 8)', () => {
  test('should refer to an organisation that is a side of the format (GUIDE: every body mentioned)', () => {
    const t = 'We will deepen cooperation with the Northern Union.';
    assert.deepEqual(names(t, meeting('China–Northern Union')), ['Northern Union']);
    assert.deepEqual(names(t, meeting('China–Central Asia')), ['Northern Union']);
  });

  test("should read a region's own names as places", () => {
    assert.deepEqual(names('Climate change threatens the Blue Pacific.'), []);
    assert.deepEqual(names('We support the 2050 Strategy for the Blue Pacific Continent.'), [
      '2050 Strategy for the Blue Pacific Continent',
    ]);
  });

  test('should not read the people of a body as the body', () => {
    assert.deepEqual(names('We welcome the decision of the Island Forum Leaders.'), []);
    assert.deepEqual(names('We welcome the decision of the Council of Ministers.'), ['Council of Ministers']);
    assert.deepEqual(names('States Parties to the Island Treaty met.'), ['Island Treaty']);
  });
});

describe('references on other formats (issue 8)', () => {
  test('should not refer to a side of the format that speaks as a party', () => {
    assert.deepEqual(names('We support the Northern Union’s efforts on water.', meeting('China–Northern Union')), []);
    assert.deepEqual(names('Trade between China and the Northern Union grew.', meeting('China–Northern Union')), []);
    assert.deepEqual(names('The Northern Union and China remain partners.', meeting('China–Northern Union')), []);
    // Named alone as a body, or by its members, it is referred to; in another format it always is.
    assert.deepEqual(names('We will deepen cooperation with the Northern Union.', meeting('China–Northern Union')), [
      'Northern Union',
    ]);
    assert.deepEqual(names('We support the Northern Union’s efforts on water.'), ['Northern Union']);
  });

  test('should not refer to the document itself named with a demonstrative', () => {
    assert.deepEqual(names('The commitments in this Harbour Declaration guide our work.'), []);
    assert.deepEqual(names('This Harbour Declaration guides our work.'), []);
    assert.deepEqual(names('We recall the Harbour Declaration.'), ['Harbour Declaration']);
  });

  test("should name a listed event by the text's own code or full name", () => {
    assert.equal(printedEventName('13th Trade Ministerial Conference', 'MC13'), 'MC13');
    assert.equal(
      printedEventName('COP29', 'the 29th UN Climate Change Conference'),
      '29th UN Climate Change Conference',
    );
    assert.equal(printedEventName('Second Island Summit', 'the second Island Summit'), 'Second Island Summit');
    assert.equal(printedEventName('Second Island Summit', 'the Summit'), 'Second Island Summit');
  });

  test('should read an ordinal set in superscript', () => {
    assert.deepEqual(names('We look forward to the 14<sup>th</sup> Harbour Conference.'), ['14th Harbour Conference']);
  });

  test('should not refer twice to a thing and its name in brackets', () => {
    assert.deepEqual(names('We uphold the Southern Nuclear Free Zone Treaty (Harbour Treaty).'), [
      'Southern Nuclear Free Zone Treaty',
    ]);
  });

  test('should read panels, task forces, arrangements, work plans and procedures', () => {
    assert.deepEqual(names('We thank the Harbour Panel on Economic Resilience and the Island Employment Taskforce.'), [
      'Harbour Panel on Economic Resilience',
      'Island Employment Taskforce',
    ]);
    assert.deepEqual(names('We implement the Island Work Plan and the River Procedures for Data Sharing.'), [
      'Island Work Plan',
      'River Procedures for Data Sharing',
    ]);
  });

  test('should not read ties or a role as an event', () => {
    assert.deepEqual(names('We celebrate the 30th anniversary of Island Dialogue Relations.'), []);
    assert.deepEqual(names('China will act as a Dialogue Partner in the region.'), []);
  });

  test('should prefer a printed name that goes on from a listed one', () => {
    const heads = lexicons.referenceHeads;
    assert.equal(extendsListedName('Harbour Goals on the Green Economy', 'Harbour Goals', heads), true);
    assert.equal(extendsListedName('Blue Harbour Principles for Dialogue', 'Blue Harbour', heads), true);
    assert.equal(extendsListedName('Harbour Goals Review', 'Harbour Goals', heads), false);
    assert.equal(extendsListedName('Harbour Goals', 'Harbour Goals', heads), false);
  });

  test('should join a title across "and" without joining two names', () => {
    assert.deepEqual(names('We respect the Harbour Principles and Rights at Work.'), [
      'Harbour Principles and Rights at Work',
    ]);
    assert.deepEqual(names('We implement the Island Trade and Investment Framework Arrangement.'), [
      'Island Trade and Investment Framework Arrangement',
    ]);
    assert.deepEqual(names('China and the Northern Union agree.'), ['Northern Union']);
  });

  test('should read a founding text in lower case as its organisation’s', () => {
    const t = 'the principles of the UN charter';
    assert.equal(ownsFoundingText(t, t.indexOf('UN'), t.indexOf('UN') + 2, lexicons), true);
  });
});
