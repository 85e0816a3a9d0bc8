/**
 * @module claims-export
 * A report's checked claims in the GUIDE's shape: `{text, verdict, evidence, note}`, the text
 * sliced from the report, evidence as `{document, clause}`.
 */
import type { ClaimVerdict } from '../model/claim.ts';
import type { AnalysisClaim } from './analysis-json.ts';

/** The GUIDE's claims of one report, in text order. @example exportClaims(text, verdicts)[0].verdict */
export function exportClaims(text: string, verdicts: readonly ClaimVerdict[]): AnalysisClaim[] {
  return [...verdicts]
    .sort((a, b) => a.claim.start - b.claim.start)
    .map((v) => ({
      text: text.slice(v.claim.start, v.claim.end),
      verdict: v.verdict,
      evidence: v.evidence.map((e) => ({ document: e.document, clause: e.clause })),
      note: v.note,
    }));
}
