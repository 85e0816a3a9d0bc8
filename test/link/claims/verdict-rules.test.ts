/**
 * @module verdict-rules.test
 * The verdict rules end to end on invented documents of another format (test/fixtures/claims):
 * analysis → claims → meeting record → verdict, one report sentence per rule.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimVerdict } from '../../../src/model/claim.ts';
import { fixtureVerdicts } from './fixture-verdicts.ts';

let verdicts: ClaimVerdict[] = [];
let verdictOf: (prefix: string) => ClaimVerdict;

describe('verdict rules on invented documents', () => {
  before(async () => {
    ({ verdicts, verdictOf } = await fixtureVerdicts('c5plus1-joint-statement.txt', 'c5plus1-news.txt'));
  });

  test('should support the meeting as recorded, with the preamble as evidence', () => {
    const v = verdictOf('The C5+1 Ministerial Meeting took place');
    assert.equal(v.verdict, 'supported');
    assert.deepEqual(
      v.evidence.map((e) => [e.document, e.clause]),
      [['c5plus1-joint-statement.txt', 'preamble']],
    );
  });

  test('should contradict a claim that counts a guest among the parties, naming the state', () => {
    const v = verdictOf('The ministers of Kazakhstan');
    assert.equal(v.verdict, 'contradicted');
    assert.equal(v.rule, 'link:party-vs-attendee');
    assert.deepEqual(v.differences[0].field, 'party vs attendee');
    assert.match(v.note, /Mongolia/);
  });

  test('should not take a state that did not attend for a claimed party (issue 9)', () => {
    const v = verdictOf('With Afghanistan in mind');
    assert.notEqual(v.rule, 'link:party-vs-attendee');
    assert.deepEqual([v.verdict, v.evidence[0]?.clause], ['supported', '1']);
  });

  test('should check an agreement a participant reports like any claim (issue 9)', () => {
    const v = verdictOf('Minister Rashid Meredov said');
    assert.deepEqual([v.verdict, v.evidence[0]?.clause], ['supported', '4']);
  });

  test('should compare figures: a different amount is contradicted, a stated approximation supported', () => {
    const wrong = verdictOf('The ministers supported the creation');
    assert.equal(wrong.verdict, 'contradicted');
    assert.deepEqual([wrong.differences[0].field, wrong.evidence[0].clause], ['figure', '3']);
    const nearly = verdictOf('The ministers welcomed a trade corridor');
    assert.equal(nearly.verdict, 'supported');
    assert.equal(nearly.evidence[0].clause, '2');
  });

  test('should support a joint decision by its clause and leave a participant’s remarks not in the source', () => {
    const next = verdictOf('The Parties also agreed');
    assert.deepEqual([next.verdict, next.evidence[0].clause], ['supported', '4']);
    const remark = verdictOf('Minister Yerlan Karin said');
    assert.deepEqual([remark.verdict, remark.evidence], ['not-in-source', []]);
    assert.match(remark.note, /searched \d+ passages/);
  });

  test('should name the office and the date that differ', () => {
    const office = verdictOf('Uzbek Foreign Minister Jeenbek Kulubaev');
    assert.equal(office.verdict, 'contradicted');
    assert.match(office.note, /Kulubaev represents KG/);
    const date = verdictOf('Officials said the meeting was held');
    assert.equal(date.verdict, 'contradicted');
    assert.equal(date.note, 'date: 12 March vs 13 March');
  });

  test('should contradict a denied adoption by a state the joint statement names among its parties', () => {
    const v = verdictOf('Kyrgyzstan did not sign');
    assert.deepEqual([v.verdict, v.rule, v.differences[0].field], ['contradicted', 'link:party-denied', 'party']);
    assert.deepEqual(
      v.evidence.map((e) => e.clause),
      ['preamble'],
    );
  });

  test('should check a list of signatories state by state against the named parties', () => {
    const right = verdictOf('The signatories of the joint statement included Kazakhstan, Tajikistan');
    assert.deepEqual(
      [right.verdict, right.rule, right.evidence[0].clause],
      ['supported', 'link:parties-named', 'preamble'],
    );
    const wrong = verdictOf('The signatories of the joint statement included Kazakhstan, Mongolia');
    assert.deepEqual([wrong.verdict, wrong.rule], ['contradicted', 'link:parties-named']);
    assert.match(wrong.note, /Mongolia is not among the parties/);
    // The parties of the joint statement say nothing of who signed a treaty the meeting has no text of.
    assert.notEqual(verdictOf('The signatories of a transit treaty').rule, 'link:parties-named');
  });

  test('should count the one named apart from a number of signatories ("he and six other ministers")', () => {
    const seven = verdictOf('The host said the joint statement was signed as he and six');
    assert.deepEqual([seven.verdict, seven.rule], ['contradicted', 'link:party-count']);
    assert.equal(seven.note, 'number of parties: 7 vs 6 (KG, KZ, TJ, TM, US, UZ)');
    assert.notEqual(verdictOf('The joint statement was signed by the host minister').rule, 'link:party-count');
  });

  test('should find what a claim says the meeting did without the report’s frame around it', () => {
    const v = verdictOf('In a wide-ranging exchange marked by warmth');
    assert.deepEqual([v.verdict, v.rule, v.evidence[0]?.clause], ['supported', 'link:retrieval-match', '1']);
    assert.match(v.note, /without the report's frame/);
  });

  test('should support a list of the meeting’s topics item by item, and not a list of other topics', () => {
    const summary = verdictOf('The talks focused on the use of transboundary rivers');
    assert.deepEqual([summary.verdict, summary.rule], ['supported', 'link:topics-listed']);
    assert.deepEqual(summary.evidence.map((e) => e.clause).sort(), ['1', '2', '3', '4']);
    const other = verdictOf('The talks focused on space exploration');
    assert.deepEqual([other.verdict, other.evidence], ['not-in-source', []]);
  });

  test('should keep the rule and a confidence with every verdict', () => {
    assert.ok(verdicts.length >= 7);
    for (const v of verdicts) {
      assert.match(v.rule, /^link:[a-z-]+$/);
      assert.ok(v.confidence > 0 && v.confidence <= 1);
    }
  });

  test('should cite the adopted document’s title (the preamble) beside the passage recording the meeting', async () => {
    const { verdictOf: of } = await fixtureVerdicts('c5plus1-declaration.txt', 'c5plus1-news-declaration.txt');
    const v = of('The leaders signed');
    assert.equal(v.verdict, 'supported');
    assert.deepEqual(v.evidence.map((e) => e.clause).sort(), ['1', 'preamble']);
  });
});
