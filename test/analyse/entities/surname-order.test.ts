import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';
import { fixtureKb } from './fixture-kb.ts';

const people = (text: string) =>
  recognizeEntities(text, fixtureKb, { date: '2025-04-26' })
    .filter((m) => m.value.type === 'person')
    .map((m) => [text.slice(m.start, m.end), m.value.name]);

describe('lone surnames', () => {
  test('should resolve a lone surname only through a full name printed before it', () => {
    assert.deepEqual(people('Petrov spoke first. Minister Ivan Petrov attended. Petrov left early.'), [
      ['Ivan Petrov', 'Ivan Petrov'],
      ['Petrov', 'Ivan Petrov'],
    ]);
  });
  test('should link a short surname to the knowledge base only with a title', () => {
    assert.deepEqual(people('Wang said so.'), []);
    assert.deepEqual(people('Foreign Minister Wang said so.'), [['Wang', 'Wang Yi']]);
  });
  test('should link a distinctive surname of an office holder without a title', () => {
    assert.deepEqual(people('Kulubaev said so.'), [['Kulubaev', 'Jeenbek Kulubaev']]);
  });
});
