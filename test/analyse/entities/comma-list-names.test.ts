import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';
import { fixtureKb } from './fixture-kb.ts';

const names = (text: string, type: string) =>
  recognizeEntities(text, fixtureKb)
    .filter((m) => m.value.type === type)
    .map((m) => m.value.name);

describe('comma lists inside names', () => {
  test('should continue a name over a comma list closed by "and"', () => {
    assert.deepEqual(names('The Ministry of Industry, Trade and Tourism of Kazakhstan agreed.', 'organization'), [
      'Ministry of Industry, Trade and Tourism of Kazakhstan',
    ]);
    assert.deepEqual(names('They backed the Initiative on Water, Energy and Climate Change.', 'initiative'), [
      'Initiative on Water, Energy and Climate Change',
    ]);
  });
  test('should not swallow a list of states or a list that is not closed by "and"', () => {
    assert.deepEqual(names('The Ministry of Energy, Kazakhstan and China signed.', 'organization'), [
      'Ministry of Energy',
    ]);
    assert.deepEqual(names('The Ministry of Energy, Mining said.', 'organization'), ['Ministry of Energy']);
  });
});
