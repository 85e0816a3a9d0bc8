/**
 * @module promise-object.test
 * What a promise promises (issue 8, item 2): a discrete action after "will", "will continue to", "committed to",
 * "we commit to" is a commitment, an abstract aim a position (GUIDE; data/lexicons/promise-objects.json). Invented
 * sentences, none from a corpus.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mainCue } from '../../../src/analyse/statements/find-cues.ts';
import { readPromiseObject } from '../../../src/analyse/statements/promise-object.ts';
import { loadContext } from '../../../src/analyse/load-context.ts';

const lexicons = loadContext().lexicons;
const kindOf = (t: string) => mainCue(t, lexicons)?.kind ?? null;
const check = (cases: [string, string][]) => {
  for (const [text, kind] of cases) test(`"${text}" → ${kind}`, () => assert.equal(kindOf(text), kind));
};

describe('a discrete action is a commitment', () => {
  check([
    ['We will continue to convene the ministerial dialogue every year.', 'commitment'],
    ['The two governments will launch a joint river-basin programme.', 'commitment'],
    ['We commit to setting up a regional seed bank.', 'commitment'],
    ['We are committed to the establishment of a coastal monitoring centre.', 'commitment'],
    ['We will strengthen the Blue Harbour Initiative with new partners.', 'commitment'],
    ['We will further expand the joint coast guard exercises.', 'commitment'],
    ['We will deepen our cooperation and provide two training vessels.', 'commitment'],
    ['We are committed to mobilizing 3 billion dollars for clean water.', 'commitment'],
  ]);
});

describe('an abstract aim is a position', () => {
  check([
    ['We will continue to deepen our comprehensive partnership.', 'position'],
    ['We will further strengthen mutual trust and consolidate our friendship.', 'position'],
    ['We are committed to an open, stable and prosperous ocean region.', 'position'],
    ['We commit to renewing and reinforcing our long-standing partnership, which rests on shared history.', 'position'],
    ['We will continue to promote regional stability and shared prosperity.', 'position'],
    ['We remain committed to the peaceful settlement of disputes.', 'position'],
    // "regular" names a lawful status here, not a timetable ("regular consultations").
    ['We will promote safe, orderly and regular migration.', 'position'],
  ]);
});

describe('"committed to" states a stance unless its object is a discrete action', () => {
  check([
    ['We are committed to helping our neighbours recover from the storms.', 'position'],
    ['We are committed to holding the next summit in the spring.', 'commitment'],
    // "will" with the same verb keeps its promise: the stance rule is the cue's, not the verb's.
    ['We will help our neighbours recover from the storms.', 'commitment'],
  ]);
});

describe('a plan announced is a commitment', () => {
  check([
    ['The three states announce today that they intend to hold annual naval drills.', 'commitment'],
    ['Our countries announce that we intend to open a joint liaison office.', 'commitment'],
    ['We intend to hold annual trilateral drills on a regular basis.', 'commitment'],
  ]);
});

describe('readPromiseObject', () => {
  const read = (t: string) => readPromiseObject(t, lexicons.promiseObjects);
  test('should read a discrete act as an action and name the rule', () => {
    assert.deepEqual(read(' to hold a donor conference in May.'), { reading: 'action', rule: 'action-verb' });
    assert.deepEqual(read(' to continue to enhance the fisheries fund.'), {
      reading: 'action',
      rule: 'concrete-object',
    });
  });
  test('should read a general aim and a bare noun phrase as aims', () => {
    assert.equal(read(' continue to broaden our relations.').reading, 'aim');
    assert.deepEqual(read(' a free and open sea.'), { reading: 'aim', rule: 'abstract-object' });
  });
  test('should not read adjectives or a relative clause as a promised act', () => {
    // "open" is an adjective in a list, and the relative clause describes the partnership.
    assert.equal(read(' an open and inclusive order.').reading, 'aim');
    assert.equal(read(' deepen our partnership, which will hold its first summit soon.').reading, 'aim');
  });
  test('should leave a verb of neither list open, so the cue decides', () => {
    assert.deepEqual(read(' support the people of the islands.'), { reading: 'open', rule: 'open' });
  });
});
