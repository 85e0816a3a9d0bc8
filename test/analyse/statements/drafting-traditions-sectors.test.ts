/**
 * @module drafting-traditions-sectors.test
 * Sectors in the vocabulary of formats beyond the development corpus (UN, AU, Pacific, G7/G20
 * drafting: climate negotiations, gender and migration, health programmes, peace and security),
 * war aims counting for security rather than as a second, political topic, and a partnership as
 * the frame of the topic it names. Invented sentences, one a line, in
 * test/fixtures/sectors/drafting-traditions.txt.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { scoreSectors } from '../../../src/analyse/statements/score-sectors.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

const lexicons = fixtureLexicons();
const file = new URL('../../fixtures/sectors/drafting-traditions.txt', import.meta.url);

/** The file's groups: what each shows, and its sentences with the sectors they should get. */
function groups(): Map<string, { sentence: string; sectors: string[] }[]> {
  const out = new Map<string, { sentence: string; sectors: string[] }[]>();
  let current: { sentence: string; sectors: string[] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('## ')) out.set(line.slice(3), (current = []));
    else if (line.includes(' | ') && !line.startsWith('#')) {
      const [sectors, sentence] = line.split(' | ');
      current.push({ sentence, sectors: sectors.split(',') });
    }
  }
  return out;
}

describe('sectors across drafting traditions', () => {
  for (const [what, cases] of groups())
    test(`should ${what}`, () => {
      assert.ok(cases.length, what);
      for (const { sentence, sectors } of cases) assert.deepEqual(scoreSectors(sentence, lexicons), sectors, sentence);
    });
});
