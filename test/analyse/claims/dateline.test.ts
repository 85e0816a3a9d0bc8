/**
 * @module dateline.test
 * Agency datelines are recognised (capital place or a date before the dash), ordinary
 * sentences with a dash or colon are not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineLength } from '../../../src/analyse/claims/dateline.ts';
import { loadClaimLexicon } from '../../../src/analyse/shared/claim-lexicon.ts';

const { dates } = loadClaimLexicon();

test('should find datelines and leave ordinary sentences alone', () => {
  const rest = (t: string) => t.slice(datelineLength(t, dates));
  assert.equal(rest('BEIJING, June 18 (Xinhua) -- The leaders met.'), 'The leaders met.');
  assert.equal(rest('ASTANA – The second summit concluded.'), 'The second summit concluded.');
  assert.equal(rest('Ulaanbaatar, 3 May : The ministers agreed.'), 'The ministers agreed.');
  // The month list every step reads: abbreviations with a stop, and the corpus' Russian months.
  assert.equal(rest('Tashkent, Sept. 4 : The ministers agreed.'), 'The ministers agreed.');
  assert.equal(rest('Ташкент, 4 июня — Министры договорились.'), 'Министры договорились.');
  for (const t of ['The ministers agreed: trade matters.', 'Kazakhstan – a key partner – agreed.', 'Outcome: a plan.'])
    assert.equal(datelineLength(t, dates), 0, t);
});
