/**
 * @module dateline.test
 * Agency datelines are recognised (capital place or a date before the dash), ordinary
 * sentences with a dash or colon are not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineLength } from '../../../src/analyse/claims/dateline.ts';

test('should find datelines and leave ordinary sentences alone', () => {
  const rest = (t: string) => t.slice(datelineLength(t));
  assert.equal(rest('BEIJING, June 18 (Xinhua) -- The leaders met.'), 'The leaders met.');
  assert.equal(rest('ASTANA – The second summit concluded.'), 'The second summit concluded.');
  assert.equal(rest('Ulaanbaatar, 3 May : The ministers agreed.'), 'The ministers agreed.');
  for (const t of ['The ministers agreed: trade matters.', 'Kazakhstan – a key partner – agreed.', 'Outcome: a plan.'])
    assert.equal(datelineLength(t), 0, t);
});
