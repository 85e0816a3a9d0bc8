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
    assert.deepEqual([v.verdict, v.rule], ['supported', 'link:meeting-date-place']);
  });

  test('should contradict a wrong day of the meeting, naming both days', () => {
    const v = verdictOf('Officials said the C5+1 Ministerial Meeting was held');
    assert.deepEqual([v.verdict, v.note], ['contradicted', 'date: 12 March vs 13 March']);
  });
});
