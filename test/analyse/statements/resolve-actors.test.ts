/**
 * @module resolve-actors.test
 * Statement actors: groups, regions, named states, continuation.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mainCue } from '../../../src/analyse/statements/find-cues.ts';
import { resolveActors } from '../../../src/analyse/statements/resolve-actors.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

const PARTIES = ['CN', 'KG', 'KZ', 'TJ', 'UZ'];
const actors = (t: string, previous: string[] | null = null) => {
  const lexicons = fixtureLexicons();
  return resolveActors(t, 0, mainCue(t, lexicons)?.start ?? null, {
    parties: PARTIES,
    previous,
    lexicons,
    entities: [],
  }).actors;
};

describe('statement actors', () => {
  test('should expand group subjects to the parties', () => {
    for (const t of [
      'The Parties will cooperate closely.',
      'All sides support the initiative.',
      'We reaffirm our commitment.',
      'The heads of state welcome the forum.',
      'The ministers praised the work.',
      'The six countries are ready to cooperate.',
    ])
      assert.deepEqual(actors(t), PARTIES, t);
  });
  test('should expand the Central Asian states to the Central Asian parties only', () => {
    assert.deepEqual(actors('The Central Asian States highly appreciate the initiative.'), ['KG', 'KZ', 'TJ', 'UZ']);
    assert.deepEqual(actors('Central Asian countries support the proposal.'), ['KG', 'KZ', 'TJ', 'UZ']);
  });
  test('should take named states and sides as themselves', () => {
    assert.deepEqual(actors('China welcomes the participation of the Parties in the group.'), ['CN']);
    assert.deepEqual(actors('The Chinese side supports the proposal.'), ['CN']);
    assert.deepEqual(actors('Kazakhstan and China will build the railway.'), ['CN', 'KZ']);
  });
  test('should continue the previous actors for pronouns and missing subjects', () => {
    assert.deepEqual(actors('They reaffirmed their commitment to peace.', ['KZ']), ['KZ']);
    assert.deepEqual(actors('Tectonic shifts are underway in global politics.', ['CN']), ['CN']);
  });
  test('should take the subject after a leading phrase, not states named inside it', () => {
    assert.deepEqual(
      actors(
        'Based on deep ties between China and Central Asian countries, the leaders stressed the importance of trade.',
      ),
      PARTIES,
    );
    assert.deepEqual(
      actors('The Parties, noting the potential of China and Kazakhstan, expressed readiness to cooperate.'),
      PARTIES,
    );
  });
  test('should not take a possessive object for the subject', () => {
    assert.deepEqual(actors('In this context, all parties support Uzbekistan’s initiative.'), PARTIES);
  });
});
