/**
 * @module web-outlet-rule.test
 * Media outlets named by their website become organisations; URLs and host names do not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';
import { fixtureKb } from './fixture-kb.ts';

const orgs = (text: string) =>
  recognizeEntities(text, fixtureKb, { date: '2025-01-01' })
    .filter((m) => m.value.type === 'organization')
    .map((m) => text.slice(m.start, m.end));

test('should name an outlet by its site', () => {
  assert.deepEqual(orgs('The talks went well, as reported by Steppewire.kz citing officials.'), ['Steppewire.kz']);
  assert.deepEqual(orgs('NorthLIGHT.org,\nDecember 22, 2025'), ['NorthLIGHT.org']);
});
test('should not read URLs, host names or unknown endings as outlets', () => {
  assert.deepEqual(orgs('See https://Steppewire.kz/news and www.Steppewire.kz today.'), []);
  assert.deepEqual(orgs('Steppewire.kz/news is down.'), []);
  assert.deepEqual(orgs('He met Smith.Then they left.'), []);
});
