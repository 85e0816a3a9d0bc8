/**
 * @module topics-listed.test
 * The topics-listed rule on a small index: a list of the meeting's topics is supported item by
 * item; a sentence whose commas list who met and where is no list of topics.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CheckedClaim } from '../../../src/link/claims/claim-facts.ts';
import type { MeetingRecord } from '../../../src/link/claims/meeting-record.ts';
import { coveredItems, topicsListed } from '../../../src/link/claims/rules/topics-listed.ts';
import { createInvertedIndex } from '../../../src/link/retrieval/inverted-index.ts';
import { retrievalUnit } from '../retrieval/unit-fixture.ts';
import { recordOver } from './record-fixture.ts';

const unit = (clause: string, text: string) => retrievalUnit(`d:${clause}`, text, 'm');
const index = createInvertedIndex();
index.add([
  unit('preamble', 'The meeting in Ashgabat was attended by Rashid Meredov, Yerlan Karin and Bakhtiyor Saidov.'),
  unit('1', 'The Parties agreed to coordinate the use of transboundary rivers.'),
  unit('2', 'The Parties welcomed a trade corridor for cargo.'),
  unit('3', 'The Parties supported a fund for renewable energy projects.'),
]);
const record = { meetingId: 'm', index } as unknown as MeetingRecord;

/** A claim of the meeting; `people` and `cities` are the names the report's entity layer found. */
function claim(text: string, people: string[] = [], cities: string[] = []): CheckedClaim {
  const mention = (name: string, type: string) => ({
    start: text.indexOf(name),
    end: text.indexOf(name) + name.length,
    value: { type, name },
  });
  return {
    claim: { start: 0, value: { attributedTo: 'meeting', negated: false } },
    text,
    mentions: [...people.map((p) => mention(p, 'person')), ...cities.map((c) => mention(c, 'city'))],
  } as unknown as CheckedClaim;
}

describe('topics-listed', () => {
  test('should support a list of the meeting’s topics with the clause of each', () => {
    const d = topicsListed.decide({
      claim: claim('The use of transboundary rivers, a trade corridor and renewable energy projects.'),
      record,
      candidates: [],
    });
    assert.equal(d?.verdict, 'supported');
    assert.deepEqual(d.evidence.map((u) => u.clause).sort(), ['1', '2', '3']);
  });

  test('should not count items that name a person or a city as topics', () => {
    const text =
      'Before that, Ashgabat hosted a dialogue, where Rashid Meredov, Yerlan Karin and Bakhtiyor Saidov met.';
    const people = ['Rashid Meredov', 'Yerlan Karin', 'Bakhtiyor Saidov'];
    // Without the entity layer the names read as covered items; with it they are who, not what.
    assert.equal(topicsListed.decide({ claim: claim(text), record, candidates: [] })?.verdict, 'supported');
    assert.equal(topicsListed.decide({ claim: claim(text, people, ['Ashgabat']), record, candidates: [] }), null);
  });

  test('should find the clause of each item listed after a frame (the meeting-date-place evidence)', () => {
    const text = 'The meeting in Ashgabat concluded with transboundary rivers and a trade corridor for cargo.';
    const from = text.indexOf('with');
    const { items, found } = coveredItems(claim(text, [], ['Ashgabat']), record, from);
    assert.equal(items, 2);
    assert.deepEqual(found.map((u) => u.clause).sort(), ['1', '2']);
  });

  test('should cite the passage that sums several items up beside each item’s own clause', () => {
    const summary = recordOver([
      ['p2', 'We will focus on reinforcing water security, enhancing flood resilience and fighting dust storms.'],
      ['p7', 'We launch a water security fund for the driest regions and their water security.'],
      ['p9', 'We support flood resilience planning in river basins and flood resilience.'],
      ['p12', 'We will monitor dust storms with satellites and warn of dust storms.'],
    ]);
    const d = topicsListed.decide({
      claim: claim('The leaders discussed water security, flood resilience and dust storms.'),
      record: summary,
      candidates: [],
    });
    assert.equal(d?.verdict, 'supported');
    assert.ok(
      d.evidence.some((u) => u.clause === 'p2'),
      'the summary passage is cited',
    );
    assert.ok(
      d.evidence.some((u) => u.clause === 'p9'),
      'an item’s own clause is still cited',
    );
  });
});
