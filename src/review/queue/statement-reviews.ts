/**
 * @module statement-reviews
 * Statements as reviewers left them: a corrected kind, actors or sectors replace the machine's,
 * a statement whose kind was rejected ("not a statement") is dropped, and each reviewed one
 * carries its review mark. Pure: the machine's layer is never rewritten.
 */
import type { Decision } from '../../model/decision.ts';
import type { Sector, StatementKind } from '../../model/layers.ts';
import { latestFieldReviews, type ReviewMark, reviewMark } from './field-reviews.ts';
import { REVIEW_STATEMENT } from './queue-decisions.ts';
import { statementTarget } from './statement-items.ts';

interface StatementLike {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
  readonly kind: StatementKind;
  readonly actors: readonly string[];
  readonly sectors: readonly Sector[];
}

export type Reviewed<T> = T & { readonly review?: ReviewMark };

/**
 * The rows with reviews applied, in the same order, rejected ones left out.
 * @example applyStatementReviews(rows, await store.listDecisions({ action: 'review-statement' }))
 */
export function applyStatementReviews<T extends StatementLike>(
  rows: readonly T[],
  decisions: readonly Decision[],
): Reviewed<T>[] {
  const reviews = latestFieldReviews(decisions, REVIEW_STATEMENT);
  if (!reviews.size) return [...rows];
  const out: Reviewed<T>[] = [];
  for (const row of rows) {
    const fields = reviews.get(statementTarget(row));
    if (!fields) {
      out.push(row);
      continue;
    }
    const kind = fields.get('kind');
    if (kind?.decision === 'reject') continue;
    out.push({
      ...row,
      ...(kind ? { kind: kind.value as StatementKind } : {}),
      ...(fields.has('actors') ? { actors: fields.get('actors')!.value as string[] } : {}),
      ...(fields.has('sectors') ? { sectors: fields.get('sectors')!.value as Sector[] } : {}),
      review: reviewMark(fields),
    });
  }
  return out;
}
