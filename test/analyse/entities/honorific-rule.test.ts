import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';
import { fixtureKb } from './fixture-kb.ts';

const people = (text: string) =>
  recognizeEntities(text, fixtureKb, { date: '2025-04-26' })
    .filter((m) => m.value.type === 'person')
    .map((m) => [text.slice(m.start, m.end), m.value.name]);

describe('people named after a courtesy title', () => {
  test('should find a new person after Dr./Ms. and reuse them for a later Mr./Ms. + surname', () => {
    assert.deepEqual(people('Dr. Ivan Petrov spoke and Ms. Anna Ivanova replied. Mr Petrov agreed.'), [
      ['Ivan Petrov', 'Ivan Petrov'],
      ['Anna Ivanova', 'Anna Ivanova'],
      ['Petrov', 'Ivan Petrov'],
    ]);
  });
  test('should leave a lone surname alone when the document names that person in full later', () => {
    assert.deepEqual(people('Mr. Aloyev arrived. Ambassador Oybek Aloyev then spoke.'), [
      ['Oybek Aloyev', 'Oybek Aloyev'],
    ]);
  });
  test('should not take a sentence-initial word for a courtesy title', () => {
    assert.deepEqual(people('Drought Mitigation Plans were adopted.'), []);
  });
});
