/**
 * @module byline-rule.test
 * A byline on a line of its own names a person.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';
import { fixtureKb } from './fixture-kb.ts';

const people = (text: string) =>
  recognizeEntities(text, fixtureKb, { date: '2025-01-01' })
    .filter((m) => m.value.type === 'person')
    .map((m) => [text.slice(m.start, m.end), m.value.name]);

test('should read a byline line as a person', () => {
  assert.deepEqual(people('Talks open\n\nBy Moon Ha-eun\n\nThe ministers met.'), [['Moon Ha-eun', 'Moon Ha-eun']]);
  assert.deepEqual(people('By Jane Q Doe, Staff Reporter\nText.'), [['Jane Q Doe', 'Jane Q Doe']]);
});
test('should not read "By" inside a sentence or before a lower-case phrase as a byline', () => {
  assert.deepEqual(people('The plan was approved By Decree of the council.\nBy then, talks had ended.'), []);
  assert.deepEqual(people('By Monday the talks had ended.'), []);
});
