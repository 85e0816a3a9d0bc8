/**
 * @module report-styles.test
 * Claims in a report worded outside agency style (test/fixtures/claims/c5plus1-news-styles.txt):
 * what the meeting included is a claim, a quotation that runs on with "It" and a document quoted
 * over two sentences are one claim each, and a quoted view about a state's possession, a
 * description of the region, a government's hope and a minister's quoted forecast are none.
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

  test('should keep a document quoted over two sentences as one claim of the document', async () => {
    const v = (await checked).verdictOf('“The Parties agreed to establish');
    assert.equal(v.claim.value.attributedTo, 'document');
    assert.ok(v.claim.end - v.claim.start > 120, 'the claim spans both quoted sentences');
  });

  test('should take no view, description, hope or forecast for a claim', async () => {
    assert.equal((await checked).verdicts.length, 3);
  });
});
