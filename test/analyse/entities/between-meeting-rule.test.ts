/**
 * @module between-meeting-rule.test
 * Meetings named by the two partners of a dialogue format.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';
import { formatPartners, namesBoth } from '../../../src/analyse/entities/between-meeting-rule.ts';
import { fixtureKb } from './fixture-kb.ts';

const events = (text: string, date: string) =>
  recognizeEntities(text, fixtureKb, { date })
    .filter((m) => m.value.type === 'event')
    .map((m) => m.value.entityId);

test('should split a dialogue format into its two partners', () => {
  assert.deepEqual(formatPartners('GCC–Central Asia'), ['gcc', 'central asia']);
  assert.equal(formatPartners('Shanghai Cooperation Organisation'), null);
  assert.ok(namesBoth('china and the five central asian states', ['china', 'central asia']));
  assert.ok(!namesBoth('china and russia', ['china', 'central asia']));
});
test('should link a meeting between the two partners by edition or by level near the date', () => {
  assert.deepEqual(
    events('It was the first-ever meeting between China and the five Central Asian states.', '2023-05-20'),
    ['event:cca-summit-1'],
  );
  assert.deepEqual(events('A summit between the Central Asian states and China opened.', '2025-06-18'), [
    'event:cca-summit-2',
  ]);
});
test('should not link a meeting between other sides or with no edition, level and date', () => {
  assert.deepEqual(events('It was the first-ever meeting between China and Russia.', '2023-05-20'), []);
  assert.deepEqual(events('A meeting between China and the Central Asian states opened.', '2025-06-18'), []);
});
