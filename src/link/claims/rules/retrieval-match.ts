/**
 * @module retrieval-match
 * Rule `retrieval-match`: a claim whose words (rarity-weighted) a primary passage covers well
 * enough is supported by it; if one of the two is negated and the other not, it is
 * contradicted ("negation"). Evidence: the best passage of each primary document that comes
 * close to the best one.
 */
import type { Candidate, RetrievalUnit } from '../../retrieval/retrieval-unit.ts';
import { contentCandidates } from './claim-content.ts';
import { coveredItems } from './topics-listed.ts';
import { verdictCues } from './verdict-cues.ts';
import type { RuleInput, RuleVerdict, VerdictRule } from './verdict-rule.ts';

/** Coverage from which a passage is taken to say what the claim says. */
export const SUPPORTS = 0.3;
/** Coverage from which a passage is about the same thing (figure rules look that far). */
export const RELATED = 0.3;
/**
 * A joint claim that sums up several clauses ("the talks focused on trade, transport and
 * security") is supported when its best passage is on topic and the best few cover it together.
 */
export const ON_TOPIC = 0.15;
const TOGETHER = 0.6;
const SUMMED_UP = 5;
/** Evidence besides the best passage must come this close to it. */
const CLOSE = 0.8;

export const retrievalMatch: VerdictRule = {
  name: 'retrieval-match',
  decide: ({ claim, record, candidates }) => {
    const best = candidates[0];
    if (!best) return null;
    if (best.coverage < SUPPORTS) return contentMatch(claim, record) ?? summedUp(claim, record, candidates);
    const evidence = closeOnes(candidates, best);
    // Each part of the claim (between commas and conjunctions: the items of a list of topics, the acts
    // of a compound sentence, the act without the scene before it) also cites the passage that covers it.
    if (claim.claim.value.attributedTo !== 'participant') {
      const { found } = coveredItems(claim, record, 0);
      evidence.push(...found.filter((u) => !evidence.some((e) => e.id === u.id)));
    }
    const { denial } = verdictCues();
    const flipped = denial.test(claim.text) !== denial.test(best.unit.text);
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

/** A meeting's claim whose content, without the report's frame, a passage covers. */
function contentMatch(claim: RuleInput['claim'], record: RuleInput['record']): RuleVerdict | null {
  if (claim.claim.value.attributedTo === 'participant' || claim.claim.value.negated) return null;
  const found = contentCandidates(claim, record);
  const best = found[0];
  if (!best) return null;
  const evidence = found
    .filter((c) => c.coverage >= best.coverage * CLOSE)
    .slice(0, 2)
    .map((c) => c.unit);
  const where = [...new Set(evidence.map((u) => u.clause))].join(', ');
  return {
    verdict: 'supported',
    evidence,
    differences: [],
    note:
      `what it says the meeting did is clause ${where} ` +
      `(coverage ${best.coverage.toFixed(2)} without the report's frame)`,
    confidence: 0.5,
  };
}

/** Support by several clauses together, for a claim the meeting (not one participant) makes. */
function summedUp(
  claim: RuleInput['claim'],
  record: RuleInput['record'],
  candidates: readonly Candidate[],
): RuleVerdict | null {
  if (claim.claim.value.attributedTo === 'participant' || candidates[0].coverage < ON_TOPIC) return null;
  const top = candidates.slice(0, SUMMED_UP).filter((c) => c.coverage >= ON_TOPIC / 2);
  const together = record.index.coverage(
    { text: claim.text },
    top.map((c) => c.unit.id),
  );
  if (together < TOGETHER) return null;
  const clauses = [...new Set(top.map((c) => c.unit.clause))];
  return {
    verdict: 'supported',
    evidence: top.map((c) => c.unit),
    differences: [],
    note: `clauses ${clauses.join(', ')} together say it (coverage ${together.toFixed(2)})`,
    confidence: 0.55,
  };
}

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
