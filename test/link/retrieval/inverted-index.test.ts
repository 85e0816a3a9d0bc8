/**
 * @module inverted-index.test
 * The retrieval index ranks by shared (stemmed, rarity-weighted) words and facts, scopes by
 * meeting, forgets a removed document, and answers only from passages that share something.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createInvertedIndex } from '../../../src/link/retrieval/inverted-index.ts';
import { retrievalUnit } from './unit-fixture.ts';

const unit = retrievalUnit;

describe('inverted index', () => {
  const units = [
    unit('a:1', 'The Parties agreed to hold the next meeting in 2026 in China.'),
    unit('a:2', 'The Parties support the establishment of a water and energy consortium.'),
    unit('a:3', 'The Parties reaffirmed their commitment to combating terrorism and extremism.', 'm1', ['KZ']),
    unit('b:1', 'The Parties support the establishment of a water and energy consortium.', 'm2'),
  ];

  test('should rank the passage that shares the rare words first, with its coverage', () => {
    const index = createInvertedIndex();
    index.add(units);
    const [best, next] = index.candidates({
      text: 'Ministers backed establishing a consortium on water',
      meetingId: 'm1',
    });
    assert.equal(best.unit.id, 'a:2');
    assert.ok(best.coverage > 0.3 && best.coverage <= 1, `coverage ${best.coverage}`);
    assert.ok(!next || next.coverage < best.coverage);
  });

  test('should keep to the meeting asked for and add shared facts to the rank', () => {
    const index = createInvertedIndex();
    index.add(units);
    assert.deepEqual(
      index.candidates({ text: 'energy consortium', meetingId: 'm2' }).map((c) => c.unit.id),
      ['b:1'],
    );
    const byState = index.candidates({ text: 'the Parties', facts: { states: ['KZ'] }, meetingId: 'm1' });
    assert.equal(byState[0].unit.id, 'a:3');
    assert.deepEqual(byState[0].shared, ['states:KZ']);
  });

  test('should forget a removed document and return nothing for unrelated words', () => {
    const index = createInvertedIndex();
    index.add(units);
    index.removeDocument('a');
    assert.equal(index.size, 1);
    assert.deepEqual(index.candidates({ text: 'terrorism', meetingId: 'm1' }), []);
    assert.deepEqual(index.candidates({ text: 'glaciers volcanoes' }), []);
  });
});
