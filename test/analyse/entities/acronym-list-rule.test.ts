/**
 * @module acronym-list-rule.test
 * Acronyms listed as examples of organisations become organisations.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';
import { fixtureKb } from './fixture-kb.ts';

const orgs = (text: string) =>
  recognizeEntities(text, fixtureKb, { date: '2025-01-01' })
    .filter((m) => m.value.type === 'organization')
    .map((m) => [text.slice(m.start, m.end), m.value.name]);

test('should make each acronym of an organisations list an organisation', () => {
  assert.deepEqual(orgs('Heads of such international organizations as the QRX, ZTV, and PLMO attended.'), [
    ['QRX', 'QRX'],
    ['ZTV', 'ZTV'],
    ['PLMO', 'PLMO'],
  ]);
  assert.deepEqual(
    orgs('Bodies such as QRX and ZTV were invited.').map((o) => o[0]),
    ['QRX', 'ZTV'],
  );
});
test('should not read one acronym, or acronyms without the cue, as organisations', () => {
  assert.deepEqual(orgs('Organizations such as QRX sent delegates.'), []);
  assert.deepEqual(orgs('Ministers such as QRX and ZTV attended.'), []);
  assert.deepEqual(orgs('Organizations such as QRX. ZTV followed.'), []);
});
