/**
 * @module meeting-date-place.test
 * The meeting's date and place on invented documents (test/fixtures/claims): a wrong day of the
 * meeting is contradicted; another day beside the meeting's own (a publication) is not.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimVerdict } from '../../../src/model/claim.ts';
import { fixtureVerdicts } from './fixture-verdicts.ts';

describe('meeting-date-place', () => {
  let verdictOf: (prefix: string) => ClaimVerdict;
  before(async () => {
    ({ verdictOf } = await fixtureVerdicts('c5plus1-joint-statement.txt', 'c5plus1-news-dates.txt'));
  });

  test('should read another day beside the meeting’s own as the date of something else', () => {
    const v = verdictOf('The joint statement was published on 15 March');
    // A document "published" is an adoption claim (claim-cues.json): the adoption rule supports it, and
    // the publication day beside the meeting's own is no date contradiction.
    assert.deepEqual([v.verdict, v.rule], ['supported', 'link:document-adopted']);
  });

  test('should contradict a wrong day of the meeting, naming both days', () => {
    const v = verdictOf('Officials said the C5+1 Ministerial Meeting was held');
    assert.deepEqual([v.verdict, v.note], ['contradicted', 'date: 12 March vs 13 March']);
  });

  test('should leave the date of an event held before the meeting to other rules', () => {
    const v = verdictOf('Prior to the ministerial meeting');
    assert.notEqual(v.verdict, 'contradicted');
  });
});
