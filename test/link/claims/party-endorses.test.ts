/**
 * @module party-endorses.test
 * A participant of a party who backs a document the meeting adopted is supported by the passage
 * that records the adoption; opposing it, or backing something else, stays the participant's own.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimVerdict } from '../../../src/model/claim.ts';
import { fixtureVerdicts } from './fixture-verdicts.ts';

describe('party-endorses', () => {
  let verdictOf: (prefix: string) => ClaimVerdict;
  before(async () => {
    ({ verdictOf } = await fixtureVerdicts('c5plus1-joint-statement.txt', 'c5plus1-news-endorse.txt'));
  });

  test('should support a party’s minister backing the joint statement, citing the adoption passage', () => {
    const v = verdictOf('Foreign Minister Yerlan Karin expressed his support for the agenda');
    assert.deepEqual([v.verdict, v.rule], ['supported', 'link:party-endorses']);
    assert.deepEqual(
      v.evidence.map((e) => [e.document, e.clause]),
      [['c5plus1-joint-statement.txt', 'preamble']],
    );
    assert.match(v.note, /KZ/);
  });

  test('should leave opposition and support for what no document names to the remarks rule', () => {
    assert.equal(verdictOf('Foreign Minister Yerlan Karin opposed').rule, 'link:participant-remarks');
    assert.equal(verdictOf('Foreign Minister Yerlan Karin expressed his support for a new').verdict, 'not-in-source');
  });
});
