/**
 * @module recommitted
 * A later commitment to do the same thing again is not its fulfilment. When the sentence that
 * matched a promise only by its topic or its object lies inside a statement the later document
 * makes as a commitment, or that says it promises again ("we reiterate our commitment to
 * fighting organised crime", "will continue their efforts"), the link is a repeat, whatever completion or step word the
 * sentence also holds. A named event reported held keeps its verdict (a communiqué promising
 * to build on "the conference held in Dushanbe" still reports the conference held).
 */
import type { Span } from '../model/span.ts';
import type { EvidenceVerdict } from './classify-evidence.ts';
import type { StatementInput } from './tracked-commitment.ts';

/**
 * The verdict, turned into a repeat when the sentence is itself a commitment, or says it
 * promises again ("we reiterate our strong commitment to fighting …", `recommitment` cues) even
 * where the analysis filed it as a position.
 */
export function unlessRecommitted(
  v: EvidenceVerdict,
  sentence: Span & { text?: string },
  statements: readonly StatementInput[],
  recommitment?: RegExp,
): EvidenceVerdict {
  if (v.kind === 'repeat' || v.kind === 'contradicted' || v.rule.startsWith('track:anchor-')) return v;
  const promised =
    statements.some((s) => s.value.kind === 'commitment' && s.start < sentence.end && s.end > sentence.start) ||
    (recommitment !== undefined &&
      sentence.text !== undefined &&
      new RegExp(recommitment.source, 'iu').test(sentence.text));
  return promised ? { kind: 'repeat', rule: `${v.rule}-recommitted`, confidence: v.confidence } : v;
}
