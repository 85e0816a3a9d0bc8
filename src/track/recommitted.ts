/**
 * @module recommitted
 * A later commitment to do the same thing again is not its fulfilment. When the sentence that
 * matched a promise only by its topic or its object lies inside a statement the later document
 * makes as a commitment ("we reiterate our commitment to fighting organised crime", "will
 * continue their efforts"), the link is a repeat, whatever completion or step word the
 * sentence also holds. A named event reported held keeps its verdict (a communiqué promising
 * to build on "the conference held in Dushanbe" still reports the conference held).
 */
import type { Span } from '../model/span.ts';
import type { EvidenceVerdict } from './classify-evidence.ts';
import type { StatementInput } from './tracked-commitment.ts';

/** The verdict, turned into a repeat when the sentence is itself a commitment. */
export function unlessRecommitted(
  v: EvidenceVerdict,
  sentence: Span,
  statements: readonly StatementInput[],
): EvidenceVerdict {
  if (v.kind === 'repeat' || v.kind === 'contradicted' || v.rule.startsWith('track:anchor-')) return v;
  const promised = statements.some(
    (s) => s.value.kind === 'commitment' && s.start < sentence.end && s.end > sentence.start,
  );
  return promised ? { kind: 'repeat', rule: `${v.rule}-recommitted`, confidence: v.confidence } : v;
}
