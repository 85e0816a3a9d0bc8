/**
 * @module reported-claims.test
 * Claims a report frames, on invented documents (test/fixtures/claims): a frame claim cites the
 * passage of its content beside the one that records the meeting; a minister who reports what the
 * ministers agreed is checked like the meeting's own claim; a minister's quoted view is no claim.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureVerdicts } from './fixture-verdicts.ts';

describe('claims a report frames', () => {
  // Analysed once, awaited by each test.
  const checked = fixtureVerdicts('c5plus1-joint-statement.txt', 'c5plus1-news-frames.txt');

  test('should cite the clause of what a frame claim says the statement holds', async () => {
    const v = (await checked).verdictOf('The C5+1 Ministerial Meeting concluded');
    assert.equal(v.verdict, 'supported');
    assert.ok(
      v.evidence.some((e) => e.clause === '3'),
      v.evidence.map((e) => e.clause).join(', '),
    );
  });

  test('should check what a minister reports the ministers agreed against the statement', async () => {
    const v = (await checked).verdictOf('Minister Yerlan Karin said');
    assert.equal(v.claim.value.attributedTo, 'meeting');
    assert.equal(v.verdict, 'supported');
    assert.ok(v.evidence.some((e) => e.clause === '1'));
  });

  test("should not take a minister's quoted view for a claim", async () => {
    assert.equal((await checked).verdicts.length, 2);
  });
});
