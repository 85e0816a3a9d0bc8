/**
 * @module report-styles.test
 * Claims in a report worded outside agency style (test/fixtures/claims/c5plus1-news-styles.txt):
 * what the meeting included is a claim, a quotation that runs on with "It" is one claim, and
 * neither a quoted view about a state's possession nor a description of the region is one.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureVerdicts } from './fixture-verdicts.ts';

describe('claims in other news styles', () => {
  // Analysed once, awaited by each test.
  const checked = fixtureVerdicts('c5plus1-joint-statement.txt', 'c5plus1-news-styles.txt');

  test('should take who the meeting included for a claim of attendance', async () => {
    const v = (await checked).verdictOf('Key figures at the meeting included');
    assert.equal(v.verdict, 'supported');
  });

  test('should keep a quotation that runs on with "It" as one claim', async () => {
    const v = (await checked).verdictOf('“Kazakhstan supports the regional water council');
    const { verdicts } = await checked;
    assert.ok(
      verdicts.some((x) => x === v && x.claim.end - x.claim.start > 150),
      'the claim spans both quoted sentences',
    );
    assert.equal(verdicts.filter((x) => x.claim.start > v.claim.start && x.claim.start < v.claim.end).length, 0);
  });

  test("should not take a quoted view of a state's possession or a description of the region for claims", async () => {
    assert.equal((await checked).verdicts.length, 2);
  });
});
