/**
 * @module claims-step
 * Step `claims`: in a report about a meeting (news, press release, speech: any kind that is
 * not a primary document), one annotation per sentence that makes a checkable claim about the
 * meeting, spanning the sentence exactly. Verdicts are not made here: they need the meeting's
 * primary documents, which the link stage (`src/link/`) finds in the store.
 */
import type { Annotation } from '../../model/annotation.ts';
import type { ClaimValue } from '../../model/claim.ts';
import type { DocumentKindValue, EntityMentionValue } from '../../model/layers.ts';
import { nodesOfKind } from '../../model/node.ts';
import { annotationsIn } from '../meeting/annotations-in.ts';
import { PRIMARY_KINDS } from '../meeting/parties-step.ts';
import { sentenceSpans } from '../statements/sentence-spans.ts';
import { defineStep } from '../step.ts';
import { claimLexiconOf } from './claim-lexicon.ts';
import { classifyClaim } from './classify-claim.ts';

/** The `claims` step. @example createPipeline([..., meetingStep, claimsStep]) */
export const claimsStep = defineStep({
  name: 'claims',
  version: '1',
  requires: ['documentKind', 'entities', 'meeting'],
  assigns: ['claims'],
  run: ({ document, tree, layers, context }) => {
    const kind = (layers.documentKind?.[0]?.value as DocumentKindValue | undefined)?.kind ?? document.meta.kind;
    if (!layers.meeting?.length || (kind && PRIMARY_KINDS.includes(kind))) return { claims: [] };
    const lex = claimLexiconOf(context);
    const entities = layers.entities ?? [];
    const headings = nodesOfKind(tree, 'heading');
    const claims: Annotation<ClaimValue>[] = [];
    for (const s of sentenceSpans(document.text, nodesOfKind(tree, 'sentence'))) {
      if (headings.some((h) => h.start <= s.start && s.end <= h.end)) continue;
      const { start, end } = trimmed(document.text, s);
      const mentions = annotationsIn(entities, start, end).map((a) => a.value as EntityMentionValue);
      const value = classifyClaim(document.text.slice(start, end), mentions, lex);
      if (value) claims.push({ layer: 'claims', start, end, value, source: `claims:${value.cue}`, confidence: 0.7 });
    }
    return { claims };
  },
});

/** The span without surrounding white space. */
function trimmed(text: string, s: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
