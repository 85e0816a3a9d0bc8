/**
 * @module retrieval-match.test
 * The retrieval-match rule's evidence on a small index: besides the passages close to the best,
 * each part of a claim (the scene set before it, the act) cites the passage that covers it.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CheckedClaim } from '../../../src/link/claims/claim-facts.ts';
import { retrievalMatch } from '../../../src/link/claims/rules/retrieval-match.ts';
import { recordOver } from './record-fixture.ts';

describe('retrieval-match', () => {
  test('should cite the passage of the act besides the passage of the scene set before it', () => {
    const record = recordOver([
      ['p3', 'We, the leaders of the steppe states, met at the lakeside retreat in the hills of Altyn.'],
      ['p5', 'We will consult each other on threats through a hotline.'],
      ['p9', 'We announce principles to guide our partnership.'],
    ]);
    const text = 'At the lakeside retreat in the hills of Altyn, they agreed on a hotline for threats.';
    const claim = {
      claim: { start: 0, value: { attributedTo: 'meeting', negated: false } },
      text,
      facts: {},
      mentions: [],
    } as unknown as CheckedClaim;
    const candidates = record.index
      .candidates({ text, meetingId: 'm' }, 8)
      .sort((a, b) => b.coverage - a.coverage || b.score - a.score);
    const d = retrievalMatch.decide({ claim, record, candidates });
    assert.equal(d?.verdict, 'supported');
    assert.deepEqual(d.evidence.map((u) => u.clause).sort(), ['p3', 'p5']);
  });
});
