/**
 * @module classify-claim.test
 * Which report sentences are checkable claims about the meeting, their aspect and whom the
 * report attributes them to; what is not a claim (headings, polls, history, short captions).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadClaimLexicon } from '../../../src/analyse/claims/claim-lexicon.ts';
import { classifyClaim, type SentenceMention } from '../../../src/analyse/claims/classify-claim.ts';

const lex = loadClaimLexicon();
const person: SentenceMention = { type: 'person', entityId: 'person:x' };
const state = (c: string): SentenceMention => ({ type: 'country', entityId: `country:${c}`, country: c });

describe('claims in reports', () => {
  test('should give the aspect of what the report says happened', () => {
    const cases: [string, string][] = [
      ['The ministers signed a joint communiqué at the end of the meeting.', 'adoption'],
      ['The leaders agreed to hold the next summit in 2027 in Ashgabat.', 'agreement'],
      ['The sides supported the initiative on a regional water fund.', 'position'],
      ['The meeting of foreign ministers took place in Tashkent on Friday.', 'attendance'],
      ['The parties announced a joint fund for green energy projects.', 'announcement'],
    ];
    for (const [text, aspect] of cases) assert.equal(classifyClaim(text, [], lex)?.aspect, aspect, text);
  });

  test("should attribute one participant's remarks to the participant and joint acts to the meeting", () => {
    const remark = classifyClaim(
      'The minister said that cooperation remains a top priority for his country.',
      [person],
      lex,
    );
    assert.equal(remark?.attributedTo, 'participant');
    const joint = classifyClaim('The foreign ministers of the five countries agreed to expand transit.', [], lex);
    assert.equal(joint?.attributedTo, 'meeting');
    const quote = classifyClaim(
      '“We are ready to open new routes across the region,” the president said.',
      [person],
      lex,
    );
    assert.equal(quote?.attributedTo, 'participant');
  });

  test('should keep the states and people a claim names, and whether it is negated', () => {
    const c = classifyClaim(
      'Kazakhstan and Uzbekistan did not sign the transit agreement at the summit.',
      [state('KZ'), state('UZ')],
      lex,
    );
    assert.deepEqual(c?.states, ['KZ', 'UZ']);
    assert.equal(c?.negated, true);
  });

  test('should not take headings, polls, history or short captions for claims', () => {
    for (const text of [
      'Regional Consensus Emerges',
      'Xi said.',
      'According to a poll, 90 per cent of respondents believe the mechanism focuses on stability.',
      'Since 2019, trade between the countries has grown by a third and reached a record.',
    ])
      assert.equal(classifyClaim(text, [], lex), null, text);
  });
});
