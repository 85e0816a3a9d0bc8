/**
 * @module statements-csv
 * Statements as CSV, one row each, with the document, span and the rule that classified it.
 */
import type { StatementRow } from '../services/statements-query.ts';
import { toCsv } from './csv.ts';

export const STATEMENT_COLUMNS = [
  'document_id',
  'file_name',
  'clause',
  'start',
  'end',
  'kind',
  'actors',
  'sectors',
  'deadline',
  'references',
  'format',
  'meeting_date',
  'text',
  'source',
  'confidence',
  'reviewed_by',
  'reviewed_at',
  'reviewed_fields',
] as const;

/**
 * CSV of statements; list cells are `;`-separated; offsets are UTF-16 code units; the reviewed_*
 * cells say who corrected or confirmed the row's kind, actors or sectors, and when (empty: the
 * machine's reading).
 */
export function statementsToCsv(rows: readonly StatementRow[]): string {
  return toCsv(
    STATEMENT_COLUMNS,
    rows.map((r) => [
      r.documentId,
      r.fileName,
      r.clause,
      r.start,
      r.end,
      r.kind,
      r.actors,
      r.sectors,
      r.deadline,
      r.references.map((x) => x.name),
      r.meeting?.format,
      r.meeting?.date,
      r.text,
      r.source,
      r.confidence,
      r.review?.by,
      r.review?.at,
      r.review?.fields,
    ]),
  );
}
