import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';
import { fixtureKb } from './fixture-kb.ts';

const people = (text: string) =>
  recognizeEntities(text, fixtureKb)
    .filter((m) => m.value.type === 'person')
    .map((m) => text.slice(m.start, m.end));

describe('head words of bodies as names', () => {
  test('should read a head word that opens a name as a surname ("Park Sung-ho")', () => {
    assert.deepEqual(people('Foreign Minister Park Sung-ho met the delegation.'), ['Park Sung-ho']);
    assert.deepEqual(people('Deputy Minister Lee Park-hoon attended.'), ['Lee Park-hoon']);
  });
  test('should keep a head word after a capitalised modifier for the body ("Industrial Park")', () => {
    assert.deepEqual(people('Minister Ivan Petrov visited the Industrial Park Saryarka.'), ['Ivan Petrov']);
  });
});
