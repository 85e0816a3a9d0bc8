/**
 * @module claims-exports.test
 * Claims CSV (one row per claim, formula cells defused) and ClaimReview JSON-LD (rating by
 * verdict, the report as the claim's appearance, the evidence clauses as what it is based on).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimReviews } from '../../src/export/claim-review.ts';
import { CLAIM_COLUMNS, claimsToCsv } from '../../src/export/claims-csv.ts';
import type { ClaimRow } from '../../src/link/claims/claim-rows.ts';

const row = (verdict: ClaimRow['verdict'], text: string): ClaimRow => ({
  claim: {
    documentId: 'd_news',
    start: 10,
    end: 10 + text.length,
    meetingId: 'event:x',
    value: {
      aspect: 'adoption',
      attributedTo: 'meeting',
      cue: 'signed',
      states: ['KZ', 'TM'],
      actors: ['KZ', 'TM'],
      people: [],
      negated: false,
    },
  },
  verdict,
  evidence: [{ documentId: 'd_primary', document: 'statement.txt', clause: 'preamble', start: 0, end: 40 }],
  differences:
    verdict === 'contradicted'
      ? [{ field: 'party vs attendee', claimed: 'Turkmenistan', recorded: 'not a party' }]
      : [],
  note: 'party vs attendee: Turkmenistan is not a party',
  rule: 'link:party-vs-attendee',
  confidence: 0.8,
  text,
  report: {
    id: 'd_news',
    fileName: 'news.txt',
    title: 'Ministers sign',
    publisher: 'Outlet',
    url: 'https://example.org/a',
    published: '2026-01-02',
  },
  evidenceTexts: [],
});

test('should write one CSV row per claim with the differing field and the evidence, formulas defused', () => {
  const csv = claimsToCsv([row('contradicted', '=all six signed')]);
  const [header, line] = csv.trim().split('\r\n');
  assert.equal(header, CLAIM_COLUMNS.join(','));
  assert.match(line, /party vs attendee: Turkmenistan vs not a party/);
  assert.match(line, /statement\.txt#preamble/);
  assert.match(line, /,'=all six signed,/);
});

test('should rate each claim by its verdict in ClaimReview JSON-LD', () => {
  const graph = claimReviews([row('supported', 'They met.'), row('contradicted', 'All six signed.')])[
    '@graph'
  ] as any[];
  assert.deepEqual(
    graph.map((g) => [g['@type'], g.reviewRating.ratingValue, g.claimReviewed]),
    [
      ['ClaimReview', 3, 'They met.'],
      ['ClaimReview', 1, 'All six signed.'],
    ],
  );
  assert.equal(graph[0].itemReviewed.appearance.url, 'https://example.org/a');
  assert.deepEqual(graph[1].isBasedOn, [{ '@type': 'CreativeWork', name: 'statement.txt, preamble' }]);
});
