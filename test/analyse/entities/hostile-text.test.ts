import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';
import { fixtureKb } from './fixture-kb.ts';

describe('odd and hostile texts', () => {
  test('should keep every mention short and inside the text on a long capitalised run', () => {
    const text = `${Array.from({ length: 3000 }, () => 'Alpha Beta Council Of Ministry Park Mr. Dr. Ivan').join(' ')}.`;
    const mentions = recognizeEntities(text, fixtureKb);
    assert.ok(mentions.length > 0);
    for (const m of mentions) {
      assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
      assert.ok(m.end - m.start < 400, `mention of ${m.end - m.start} chars`);
    }
  });
  test('should still find countries in an all-caps document and take no caps word for a person', () => {
    const text = 'MINISTER OF FOREIGN AFFAIRS OF KAZAKHSTAN MET THE DELEGATION OF CHINA IN ASTANA.';
    const mentions = recognizeEntities(text, fixtureKb);
    assert.deepEqual(
      mentions.filter((m) => m.value.type === 'country').map((m) => m.value.name),
      ['Kazakhstan', 'China'],
    );
  });
  test('should give one entity per name across a long list of repeated names', () => {
    const surname = (i: number) => `Petrov${String.fromCharCode(97 + (i % 20))}`;
    const text = Array.from(
      { length: 4000 },
      (_, i) => `Minister Ivan ${surname(i)} met Dr. Anna Ivanova and Mr ${surname(i)}.`,
    ).join('\n');
    const people = new Set(
      recognizeEntities(text, fixtureKb)
        .filter((m) => m.value.type === 'person')
        .map((m) => m.value.entityId),
    );
    assert.equal(people.size, 21);
  });
});
