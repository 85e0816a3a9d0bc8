/**
 * @module claims
 * The claims service both front ends call: checked claims with reviewers' decisions applied
 * (filtered by meeting, outlet, verdict or report), a reviewer's verdict recorded, and the
 * per-meeting summary of which reports got it right.
 */
import { type ClaimRow, loadClaimRows } from '../link/claims/claim-rows.ts';
import type { VerdictFilter } from '../link/claims/claim-store.ts';
import { claimKey, type EvidenceRef, type Verdict } from '../model/claim.ts';
import type { Decision } from '../model/decision.ts';
import {
  applyClaimDecisions,
  CLAIM_ACTION,
  checkClaimDecision,
  REJECT_CLAIM,
  type ReviewedVerdict,
} from '../review/claim-decisions.ts';
import type { Store } from '../store/store.ts';
import { ProblemError } from './problem.ts';
import { appendDecision } from './append-decision.ts';

export type ReviewedClaimRow = ClaimRow & ReviewedVerdict;

/**
 * Claims after review, those a reviewer rejected ("not a claim") left out. The verdict filter
 * applies to the reviewed verdict.
 * @example await listClaims(store, { meetingId: 'event:cca-fm6-2025', verdict: 'contradicted' })
 */
export async function listClaims(store: Store, filter: VerdictFilter = {}): Promise<ReviewedClaimRow[]> {
  const { verdict, limit, offset, ...rest } = filter;
  const rows = await loadClaimRows(store, { ...rest, limit: 100_000 });
  const decisions = await Promise.all([CLAIM_ACTION, REJECT_CLAIM].map((action) => store.listDecisions({ action })));
  const reviewed = applyClaimDecisions(rows, decisions.flat()).map((v, i) => ({ ...rows[i], ...v }));
  const kept = reviewed.filter((r) => !r.review?.rejected && (!verdict || r.verdict === verdict));
  const from = offset ?? 0;
  return kept.slice(from, from + (limit ?? kept.length));
}

/** What a reviewer sends about one claim. */
export interface ClaimReviewInput {
  documentId: string;
  start: number;
  end: number;
  verdict: Verdict;
  evidence?: { documentId: string; clause: string }[];
  /** Who decides: the signed-in user, never a field of the request. */
  by: string;
  note?: string;
}

/** Records a reviewer's verdict (append-only); 404 when no such claim was checked. */
export async function reviewClaim(
  store: Store,
  input: ClaimReviewInput,
  now: () => Date = () => new Date(),
): Promise<Decision> {
  const [row] = (await loadClaimRows(store, { documentId: input.documentId })).filter(
    (r) => r.claim.start === input.start && r.claim.end === input.end,
  );
  if (!row)
    throw new ProblemError(
      404,
      'claim-not-found',
      `No checked claim at ${input.documentId} [${input.start}, ${input.end}).`,
    );
  const evidence = input.evidence ? await resolveEvidence(store, input.evidence) : undefined;
  const decision = {
    target: claimKey(row.claim),
    action: CLAIM_ACTION,
    payload: { verdict: input.verdict, ...(evidence ? { evidence } : {}) },
  };
  const problem = checkClaimDecision(decision);
  if (problem) throw new ProblemError(400, 'invalid-decision', problem);
  return appendDecision(store, {
    ...decision,
    by: input.by,
    at: now().toISOString(),
    ...(input.note?.trim() ? { note: input.note.trim() } : {}),
  });
}

/** Evidence given by document and clause label, located in the stored document. */
async function resolveEvidence(store: Store, refs: readonly { documentId: string; clause: string }[]) {
  const out: EvidenceRef[] = [];
  for (const ref of refs) {
    const stored = await store.getDocument(ref.documentId);
    const node = stored && findLabel(stored.tree, ref.clause);
    if (!stored || !node)
      throw new ProblemError(400, 'invalid-decision', `No clause "${ref.clause}" in document "${ref.documentId}".`);
    const name = stored.document.meta.fileName ?? stored.id;
    out.push({ documentId: stored.id, document: name, clause: ref.clause, start: node.start, end: node.end });
  }
  return out;
}

function findLabel(
  node: { label?: string; start: number; end: number; children: readonly any[] },
  label: string,
): { start: number; end: number } | undefined {
  if (node.label === label) return node;
  for (const child of node.children) {
    const found = findLabel(child, label);
    if (found) return found;
  }
  return undefined;
}
