/**
 * @module actor-lists.test
 * Actors of other formats: a list with abbreviations in parentheses, "<organisation> member states"
 * on the document's date, "African nations" among the parties. Invented sentences, repository knowledge base.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mainCue } from '../../../src/analyse/statements/find-cues.ts';
import { resolveActors } from '../../../src/analyse/statements/resolve-actors.ts';
import { loadContext } from '../../../src/analyse/load-context.ts';

const lexicons = loadContext().lexicons;
const actors = (t: string, parties: string[], date: string | null = null) =>
  resolveActors(t, 0, mainCue(t, lexicons)?.start ?? null, { parties, previous: null, lexicons, entities: [], date })
    .actors;

describe('statement actors of other formats', () => {
  test('should read a list whose items carry abbreviations in parentheses', () => {
    const t = 'Japan, the Republic of Korea (ROK), and the United States (U.S.) will hold joint drills.';
    assert.deepEqual(actors(t, ['JP', 'KR', 'US']), ['JP', 'KR', 'US']);
  });
  test('should expand "<organisation> member states" to its members among the parties on the date', () => {
    const t = 'The ASEAN Member States will host the exhibition.';
    const a = actors(t, ['BN', 'ID', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'US', 'VN'], '2023-05-01');
    assert.ok(!a.includes('US') && a.includes('VN') && a.length === 10);
  });
  test('should read "African nations" as the African parties', () => {
    const a = actors('The African nations will share their experience.', ['US', 'KE', 'NG']);
    assert.deepEqual(a, ['KE', 'NG']);
  });
  test('should keep a single state as the only actor', () => {
    assert.deepEqual(actors('The United States, for its part, will train customs officers.', ['US', 'KE']), ['US']);
  });
});

describe('single-actor sentences', () => {
  test('should read one state acting through its ministry or agency as that state alone', () => {
    assert.deepEqual(actors('Japan’s Ministry of Finance will fund two new ports.', ['JP', 'KR', 'US']), ['JP']);
    const t = 'The United States Department of Energy will host a workshop.';
    assert.deepEqual(actors(t, ['JP', 'KR', 'US']), ['US']);
  });
  test('should still read a state named in the possessive before an initiative as an object', () => {
    assert.deepEqual(actors('The Parties support Japan’s initiative on ports.', ['JP', 'KR', 'US']), [
      'JP',
      'KR',
      'US',
    ]);
  });
});

describe('an organisation as subject', () => {
  const EU_US = ['AT', 'BE', 'DE', 'FR', 'US'];
  test('should read the organisation named beside a state as its members among the parties', () => {
    const t = 'The United States and the European Union, together with our allies, are convening a donor conference.';
    assert.deepEqual(actors(t, EU_US), EU_US);
    assert.deepEqual(actors('The G7 will launch a new loan facility.', ['CA', 'DE', 'FR', 'GB', 'IT', 'JP', 'US']), [
      'CA',
      'DE',
      'FR',
      'GB',
      'IT',
      'JP',
      'US',
    ]);
  });
  test('should not read an organisation in the possessive, nor one without members among the parties', () => {
    assert.deepEqual(actors('The European Union’s lanes will carry grain.', ['DE', 'US']), ['DE', 'US']);
    assert.deepEqual(actors('The African Union will host the forum.', ['JP', 'KR', 'US']), ['JP', 'KR', 'US']);
  });
  test('should take no state named in a leading phrase for the subject', () => {
    const t = 'With a view to supporting Ukraine’s needs against Russia, the G7 will launch a loan facility.';
    assert.ok(!actors(t, ['CA', 'DE', 'FR', 'GB', 'IT', 'JP', 'US']).includes('RU'));
    const u = 'In light of the attacks by Russia, the United States will host a donor conference.';
    assert.deepEqual(actors(u, ['US', 'DE']), ['US']);
  });
});
