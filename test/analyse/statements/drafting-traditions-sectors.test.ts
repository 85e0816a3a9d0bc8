/**
 * @module drafting-traditions-sectors.test
 * Sectors in the vocabulary of formats beyond the development corpus (UN, AU, Pacific, G7/G20
 * drafting: climate negotiations, gender and migration, health programmes, peace and security),
 * war aims counting for security rather than as a second, political topic, and a partnership as
 * the frame of the topic it names; and (issue 8) words that only qualify something else ('an enabling environment',
 * 'soil health', 'nuclear weapons', 'greenhouse gas'), regional organisations of every continent, the war's author.
 * Invented sentences, one a line, in test/fixtures/sectors/drafting-traditions.txt, modifier-sectors.txt and
 * unseen-formats.txt.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreSectors } from '../../../src/analyse/statements/score-sectors.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';
import { sentenceGroups } from './sentence-groups.ts';

const lexicons = fixtureLexicons();
const files = ['drafting-traditions.txt', 'modifier-sectors.txt', 'unseen-formats.txt'].map(
  (name) => new URL(`../../fixtures/sectors/${name}`, import.meta.url),
);

describe('sectors across drafting traditions', () => {
  for (const [what, cases] of files.flatMap((file) => [...sentenceGroups(file)]))
    test(`should ${what}`, () => {
      assert.ok(cases.length, what);
      for (const { sentence, expected } of cases)
        assert.deepEqual(scoreSectors(sentence, lexicons), expected.split(','), sentence);
    });
});
