/**
 * @module claims-csv
 * Checked claims as CSV, one row each: the report and the claim's span and text, the verdict,
 * what differs, the evidence clauses, the note, the rule and its confidence.
 */
import type { ClaimRow } from '../link/claims/claim-rows.ts';
import { toCsv } from './csv.ts';

export const CLAIM_COLUMNS = [
  'document_id',
  'file_name',
  'publisher',
  'meeting_id',
  'start',
  'end',
  'aspect',
  'attributed_to',
  'verdict',
  'differences',
  'evidence',
  'note',
  'text',
  'rule',
  'confidence',
] as const;

/** CSV of claims; list cells are `;`-separated; evidence as `file#clause`; offsets in UTF-16 code units. */
export function claimsToCsv(rows: readonly ClaimRow[]): string {
  return toCsv(
    CLAIM_COLUMNS,
    rows.map((r) => [
      r.claim.documentId,
      r.report.fileName,
      r.report.publisher,
      r.claim.meetingId,
      r.claim.start,
      r.claim.end,
      r.claim.value.aspect,
      r.claim.value.attributedTo,
      r.verdict,
      r.differences.map((d) => `${d.field}: ${d.claimed} vs ${d.recorded}`),
      r.evidence.map((e) => `${e.document}#${e.clause}`),
      r.note,
      r.text,
      r.rule,
      r.confidence,
    ]),
  );
}
