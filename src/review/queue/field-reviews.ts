/**
 * @module field-reviews
 * Reviewers' corrections of statements and meetings, field by field, applied on top of the
 * machine's layers when they are read: the latest decision on a field wins, and each shown
 * value can say who reviewed it and when. Pure.
 */
import type { Decision } from '../../model/decision.ts';

/** Who settled a field, and when (ISO). */
export interface FieldReview {
  readonly by: string;
  readonly at: string;
  readonly decision: string;
  readonly value: unknown;
  readonly note?: string;
}

/** target → field → the latest review of it, for decisions of `action`. */
export function latestFieldReviews(
  decisions: readonly Decision[],
  action: string,
): Map<string, Map<string, FieldReview>> {
  const out = new Map<string, Map<string, FieldReview>>();
  for (const d of decisions) {
    if (d.action !== action || typeof d.payload.field !== 'string') continue;
    const fields = out.get(d.target) ?? new Map<string, FieldReview>();
    const before = fields.get(d.payload.field);
    if (before && before.at > d.at) continue;
    fields.set(d.payload.field, {
      by: d.by,
      at: d.at,
      decision: String(d.payload.decision ?? 'correct'),
      value: d.payload.value,
      ...(d.note ? { note: d.note } : {}),
    });
    out.set(d.target, fields);
  }
  return out;
}

/** The summary a reader, page or export shows: "reviewed by X on D (fields)". */
export interface ReviewMark {
  readonly by: string;
  readonly at: string;
  readonly fields: readonly string[];
}

/** One mark for all the reviewed fields of a target (the latest reviewer and time). */
export function reviewMark(fields: ReadonlyMap<string, FieldReview> | undefined): ReviewMark | undefined {
  if (!fields?.size) return undefined;
  const latest = [...fields.values()].sort((a, b) => b.at.localeCompare(a.at))[0];
  return { by: latest.by, at: latest.at, fields: [...fields.keys()].sort() };
}
