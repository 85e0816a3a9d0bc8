/**
 * @module venue-in-state-name.test
 * A city named inside a state's name ("Salvador" in "the Republic of El Salvador") is no venue: the meeting's city
 * is the one the text places the meeting in, after a list of states.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContext } from '../../../src/analyse/load-context.ts';
import { findPlace } from '../../../src/analyse/meeting/meeting-place.ts';

const { lexicons } = loadContext();

test('should skip a city inside a longer state name and take the venue the sentence names', () => {
  const text =
    'We, the Heads of State of the Republic of El Salvador, the Republic of\nGuatemala and Canada, gathered in Los\n' +
    'Angeles, reiterate our will to cooperate.';
  assert.deepEqual(findPlace([{ text }], lexicons), { city: 'Los Angeles', country: 'US' });
});

test('should keep a city-state whose name is the state’s own', () => {
  assert.equal(findPlace([{ text: 'The leaders met in Singapore on Monday.' }], lexicons)?.city, 'Singapore');
});
