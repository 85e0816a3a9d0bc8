/**
 * @module reference-frame-sides.test
 * References of issue 8: an organisation that is one side of a dialogue format ("EU–US") is still referred to (the
 * shared gold lists the GCC in the GCC–Central Asia statement's references); a region's own names ("the Blue
 * Pacific") are places; a name ending in a noun for people ("the Forum Leaders") names people, not a body. Invented
 * sentences over a tiny knowledge base.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildKbView } from '../../../src/analyse/shared/kb-view.ts';
import { loadLexicons } from '../../../src/analyse/shared/load-lexicons.ts';
import { findReferences, type ReferenceMeeting } from '../../../src/analyse/statements/find-references.ts';
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
