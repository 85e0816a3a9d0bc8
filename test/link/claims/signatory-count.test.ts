/**
 * @module signatory-count.test
 * Counts of signatories in news sentences: a count of states or leaders, one named apart, and
 * numbers that are part of a format's name or an adjective, which count nothing.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { signatoryCount } from '../../../src/link/claims/rules/signatory-count.ts';

describe('signatory count', () => {
  test('should count states and leaders, and the one named apart', () => {
    assert.deepEqual(signatoryCount('All six countries signed the declaration.'), { value: 6, approximate: false });
    assert.deepEqual(signatoryCount('He and 19 other leaders signed the pact.'), { value: 20, approximate: false });
    assert.equal(signatoryCount('Nearly 20 countries adopted the text.')?.approximate, true);
  });

  test('should count nothing in a format name or an adjective', () => {
    assert.equal(signatoryCount('The statement was published after the C5+1 Ministerial Meeting.'), null);
    assert.equal(signatoryCount('The G-20 leaders adopted a declaration.'), null);
    assert.equal(signatoryCount('The 2 ministerial sessions ended with a statement.'), null);
  });
});
