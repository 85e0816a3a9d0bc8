/**
 * @module repeated-claim.test
 * A headline written out again as the lead is one claim; sentences that differ by a name or a number,
 * or say other things on one topic, are two. Made-up sentences.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fuller, repeatsFirst } from '../../../src/analyse/claims/repeated-claim.ts';

describe('repeated claims', () => {
  test('should find a lead that repeats the headline, and keep the fuller wording', () => {
    const headline = 'The fifth river summit ended yesterday in Ulaanbaatar on Friday.';
    const lead = 'As the state agency reports, the fifth river summit ended in Ulaanbaatar on Friday.';
    assert.equal(repeatsFirst(lead, headline), true);
    assert.equal(fuller(lead, headline), true);
  });

  test('should not take sentences that differ by a name, or say other things, for repeats', () => {
    const a = 'The signatories of the accord included Mongolia, Nepal and Bhutan.';
    const b = 'The signatories of the accord included Mongolia, Laos and Bhutan.';
    assert.equal(repeatsFirst(b, a), false);
    const c = 'The leaders signed a treaty on the shared rivers of the steppe.';
    const d = 'The ministers agreed to hold their next meeting on the rivers in spring.';
    assert.equal(repeatsFirst(d, c), false);
    assert.equal(repeatsFirst('Charter of the river council;', 'Charter of the river council;'), false);
  });
});
