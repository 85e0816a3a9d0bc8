/**
 * @module retrieval-match
 * Rule `retrieval-match`: a claim whose words (rarity-weighted) a primary passage covers well
 * enough is supported by it; if one of the two is negated and the other not, it is
 * contradicted ("negation"). Evidence: the best passage of each primary document that comes
 * close to the best one.
 */
import type { Candidate, RetrievalUnit } from '../../retrieval/retrieval-unit.ts';
import type { VerdictRule } from './verdict-rule.ts';

/** Coverage from which a passage is taken to say what the claim says. */
export const SUPPORTS = 0.4;
/** Coverage from which a passage is about the same thing (figure rules look that far). */
export const RELATED = 0.3;
/** Evidence besides the best passage must come this close to it. */
const CLOSE = 0.8;
const NEGATED = /\b(?:not|never|no longer|refus\w*|reject\w*|oppos\w*)\b/i;

export const retrievalMatch: VerdictRule = {
  name: 'retrieval-match',
  decide: ({ claim, candidates }) => {
    const best = candidates[0];
    if (!best || best.coverage < SUPPORTS) return null;
    const evidence = closeOnes(candidates, best);
    const flipped = NEGATED.test(claim.text) !== NEGATED.test(best.unit.text);
    if (flipped && claim.claim.value.negated) {
      return {
        verdict: 'contradicted',
        evidence,
        differences: [{ field: 'negation', claimed: 'negated', recorded: 'affirmed' }],
        note: `negation: the claim denies what ${best.unit.document} ${best.unit.clause} records`,
        confidence: 0.5,
      };
    }
    const where = [...new Set(evidence.map((u) => u.clause))].join(', ');
    return {
      verdict: 'supported',
      evidence,
      differences: [],
      note: `says the same as clause ${where} (coverage ${best.coverage.toFixed(2)})`,
      confidence: Math.min(0.9, 0.4 + best.coverage / 2),
    };
  },
};

/** The best passages, at most two per document, that come close to the best one. */
function closeOnes(candidates: readonly Candidate[], best: Candidate): RetrievalUnit[] {
  const perDocument = new Map<string, number>();
  const out: RetrievalUnit[] = [];
  for (const c of candidates) {
    if (c.coverage < Math.max(SUPPORTS, best.coverage * CLOSE)) continue;
    const n = perDocument.get(c.unit.documentId) ?? 0;
    if (n >= 2) continue;
    perDocument.set(c.unit.documentId, n + 1);
    out.push(c.unit);
  }
  return out;
}
