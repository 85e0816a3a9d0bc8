/**
 * @module claim-decisions
 * Reviewers' decisions about claim verdicts, applied on top of the machine's verdicts at read
 * time. Decisions are append-only (the decisions table refuses changes); the latest one about a
 * claim wins. Because the machine's verdicts are never overwritten by a review, re-analysis and
 * re-checking cannot lose a reviewer's word.
 *
 * Target `claim:<documentId>:<start>:<end>`, action `set-verdict`, payload
 * `{ verdict, evidence?: EvidenceRef[] }`: `confirm` is the same with the machine's verdict.
 * Action `reject-claim` on the same target says "this is not a claim": the claim is left out
 * wherever claims are listed, until a later `set-verdict` brings it back.
 */
import { claimKey, type ClaimVerdict, type EvidenceRef, VERDICTS, type Verdict } from '../model/claim.ts';
import type { Decision } from '../model/decision.ts';

export const CLAIM_ACTION = 'set-verdict';
export const REJECT_CLAIM = 'reject-claim';

/** A verdict after review: the reviewer's decision, when there is one, says who and when. */
export interface ReviewedVerdict extends ClaimVerdict {
  review?: { by: string; at: string; machineVerdict: Verdict; note?: string; rejected?: true };
}

/** Why a claim decision's payload is wrong, or null. */
export function checkClaimDecision(d: Pick<Decision, 'target' | 'action' | 'payload'>): string | null {
  if (!/^claim:[^:]+:\d+:\d+$/.test(d.target)) return 'target must be claim:<documentId>:<start>:<end>';
  if (d.action !== CLAIM_ACTION) return `action must be ${CLAIM_ACTION}`;
  if (!VERDICTS.includes(d.payload.verdict as Verdict)) return `payload.verdict must be one of ${VERDICTS.join(', ')}`;
  const evidence = d.payload.evidence;
  if (evidence !== undefined && !Array.isArray(evidence)) return 'payload.evidence must be a list';
  return null;
}

/**
 * The verdicts with reviewers' decisions applied (pure: the same inputs give the same output).
 * A rejected claim keeps its machine verdict and is marked `review.rejected`: callers leave it out.
 * @example applyClaimDecisions(verdicts, await store.listDecisions({ action: 'set-verdict' }))
 */
export function applyClaimDecisions(
  verdicts: readonly ClaimVerdict[],
  decisions: readonly Decision[],
): ReviewedVerdict[] {
  const latest = new Map<string, Decision>();
  for (const d of decisions) {
    if (d.action === REJECT_CLAIM ? !/^claim:/.test(d.target) : d.action !== CLAIM_ACTION || checkClaimDecision(d))
      continue;
    const before = latest.get(d.target);
    if (!before || before.at <= d.at) latest.set(d.target, d);
  }
  return verdicts.map((v) => {
    const d = latest.get(claimKey(v.claim));
    if (!d) return v;
    const mark = { by: d.by, at: d.at, machineVerdict: v.verdict, ...(d.note ? { note: d.note } : {}) };
    if (d.action === REJECT_CLAIM) return { ...v, review: { ...mark, rejected: true } };
    const verdict = d.payload.verdict as Verdict;
    return {
      ...v,
      verdict,
      evidence: (d.payload.evidence as EvidenceRef[] | undefined) ?? (verdict === 'not-in-source' ? [] : v.evidence),
      note: d.note ?? v.note,
      rule: `review:${d.by}`,
      confidence: 1,
      review: mark,
    };
  });
}
