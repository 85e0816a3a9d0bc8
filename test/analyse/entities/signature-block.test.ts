/**
 * @module signature-block.test
 * Participants read from a signature block of other drafting traditions (issue 8): names with a middle initial
 * ("Mark W. Tarrow") and a generational suffix ("…, Jr."), the chargé d’affaires who signs for a mission, and the
 * leader of a territory, who represents the territory (its ISO code) though it is no party. An invented block over
 * the repository's knowledge base.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';
import { toAnnotation } from '../../../src/analyse/entities/entity-mention.ts';
import { findParticipants } from '../../../src/analyse/entities/find-participants.ts';
import { loadEntityLexicons } from '../../../src/analyse/shared/entity-lexicons.ts';
import { loadContext } from '../../../src/analyse/load-context.ts';

const kb = loadContext().kb;
const participants = (text: string) =>
  findParticipants(
    text,
    recognizeEntities(text, kb, { date: '2025-03-01' }).map(toAnnotation),
    loadEntityLexicons(),
    kb,
    '2025-03-01',
  ).map((p) => [p.value.name, p.value.country, p.value.role]);

const BLOCK =
  'March 1, 2025\n\n' +
  'President Mark W. Tarrow of the Republic of Palau\n' +
  'President Anna Kessel of the Government of New Caledonia\n' +
  'Charge d’Affaires Petra Olsen of the Republic of Nauru\n' +
  'President Paul K. Ridge, Jr. of the Republic of Kiribati\n';

describe('a signature block', () => {
  const found = participants(BLOCK);
  test('should read a name with a middle initial whole, with the state after it', () => {
    assert.deepEqual(found[0], ['Mark W. Tarrow', 'PW', 'President']);
  });
  test('should give a territory’s leader the territory, through "of the Government of"', () => {
    assert.deepEqual(found[1], ['Anna Kessel', 'NC', 'President']);
  });
  test('should read the chargé d’affaires as a role', () => {
    assert.deepEqual(found[2], ['Petra Olsen', 'NR', 'Charge d’Affaires']);
  });
  test('should keep a generational suffix in the name', () => {
    assert.deepEqual(found[3], ['Paul K. Ridge, Jr', 'KI', 'President']);
  });
});
