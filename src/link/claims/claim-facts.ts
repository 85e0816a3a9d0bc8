/**
 * @module claim-facts
 * A claim as the verdict rules read it: its text, its value, and the facts of its span in the
 * report (states and people named with their names, figures, dates).
 */
import type { Annotation, Layers } from '../../model/annotation.ts';
import type { Claim, ClaimValue } from '../../model/claim.ts';
import type { FigureValue } from '../../model/figure.ts';
import type { EntityMentionValue } from '../../model/layers.ts';
import type { UnitFacts } from '../retrieval/retrieval-unit.ts';
import { spanFacts } from '../retrieval/unit-facts.ts';

export interface CheckedClaim {
  readonly claim: Claim;
  readonly text: string;
  readonly facts: UnitFacts;
  readonly figures: readonly FigureValue[];
  /** Entity mentions inside the claim, with their spans in the report. */
  readonly mentions: readonly Annotation<EntityMentionValue>[];
}

/** The claims of a report with their facts. @example claimsOf(document, layers, 'event:x').length */
export function claimsOf(
  document: { id: string; text: string },
  layers: Layers,
  meetingId: string | null,
): CheckedClaim[] {
  const inSpan = <V>(name: string, a: { start: number; end: number }) =>
    ((layers[name] ?? []) as readonly Annotation<V>[]).filter((x) => x.start >= a.start && x.end <= a.end);
  return ((layers.claims ?? []) as readonly Annotation<ClaimValue>[]).map((a) => ({
    claim: { documentId: document.id, start: a.start, end: a.end, meetingId, value: a.value },
    text: document.text.slice(a.start, a.end),
    facts: spanFacts(document.text, layers, a),
    figures: inSpan<FigureValue>('figures', a).map((f) => f.value),
    mentions: inSpan<EntityMentionValue>('entities', a),
  }));
}
