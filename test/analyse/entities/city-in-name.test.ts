import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';
import { fixtureKb } from './fixture-kb.ts';

const of = (text: string, type: string) =>
  recognizeEntities(text, fixtureKb)
    .filter((m) => m.value.type === type)
    .map((m) => text.slice(m.start, m.end));

describe('cities inside names', () => {
  test('should not read a city that opens the name of a body as the city', () => {
    const text = 'The Abu Dhabi Fund for Development announced new loans.';
    assert.deepEqual(of(text, 'city'), []);
    assert.deepEqual(of(text, 'organization'), ['Abu Dhabi Fund for Development']);
  });
  test('should keep a city named after "in" inside a body’s name, and a city named on its own', () => {
    assert.deepEqual(of('The Consulate General of Kazakhstan in Shanghai hosted a forum.', 'city'), ['Shanghai']);
    assert.deepEqual(of('The leaders met in Abu Dhabi.', 'city'), ['Abu Dhabi']);
  });
  test('should not read a city used as an attribute of an idea', () => {
    assert.deepEqual(
      of('The leaders praised the “Shanghai spirit” and the Shanghai model of cooperation.', 'city'),
      [],
    );
    assert.deepEqual(of('The summit in Shanghai praised the spirit of cooperation.', 'city'), ['Shanghai']);
  });
});

describe('organisations opening a body’s name', () => {
  test('should not mention the parent organisation that opens a body’s name', () => {
    assert.deepEqual(of('The UN Regional Office for Steppe Affairs opened.', 'organization'), [
      'UN Regional Office for Steppe Affairs',
    ]);
  });
  test('should keep the parent named on its own or later in the name', () => {
    assert.deepEqual(of('The UN and the UN Regional Office for Steppe Affairs met.', 'organization'), [
      'UN',
      'UN Regional Office for Steppe Affairs',
    ]);
    assert.ok(of('The Steppe Council of the UN met.', 'organization').includes('UN'));
  });
});
