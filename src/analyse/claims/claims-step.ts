/**
 * @module claims-step
 * Step `claims`: in a report about a meeting (news, press release, speech: any kind that is
 * not a primary document), one annotation per sentence that makes a checkable claim about the
 * meeting, spanning the sentence exactly. Verdicts are not made here: they need the meeting's
 * primary documents, which the link stage (`src/link/`) finds in the store.
 */
import type { Annotation } from '../../model/annotation.ts';
import type { ClaimValue } from '../../model/claim.ts';
import type { DocumentKindValue, EntityMentionValue, MeetingValue } from '../../model/layers.ts';
import { nodesOfKind } from '../../model/node.ts';
import { annotationsIn } from '../shared/annotations-in.ts';
import { PRIMARY_KINDS } from '../shared/primary-kinds.ts';
import { sentenceSpans } from '../shared/sentence-spans.ts';
import { defineStep } from '../shared/step.ts';
import { claimSpans } from './claim-spans.ts';
import { type SubjectKind, subjectKind } from './claim-subject.ts';
import { classifyClaim } from './classify-claim.ts';
import { isListItem, listGoesOn, listIntro } from './list-items.ts';
import { fuller, OPENING_CLAIMS, repeatsFirst } from './repeated-claim.ts';

/** The `claims` step. @example createPipeline([..., meetingStep, claimsStep]) */
export const claimsStep = defineStep({
  name: 'claims',
  version: '2',
  requires: ['documentKind', 'entities', 'meeting'],
  assigns: ['claims'],
  run: ({ document, tree, layers, context }) => {
    const kind = (layers.documentKind?.[0]?.value as DocumentKindValue | undefined)?.kind ?? document.meta.kind;
    if (!layers.meeting?.length || (kind && PRIMARY_KINDS.includes(kind))) return { claims: [] };
    const lex = context.claimCues;
    const meetingDate = (layers.meeting[0].value as MeetingValue).date;
    const meetingYear = meetingDate ? Number(meetingDate.slice(0, 4)) : undefined;
    const entities = layers.entities ?? [];
    const headings = nodesOfKind(tree, 'heading');
    const claims: Annotation<ClaimValue>[] = [];
    // The text of the report's first claim, which its lead may repeat.
    let firstText = '';
    const sentences = sentenceSpans(document.text, nodesOfKind(tree, 'sentence')).filter(
      (s) => !headings.some((h) => h.start <= s.start && s.end <= h.end),
    );
    let previous: SubjectKind = 'unknown';
    let inQuote = false;
    // Whether the open quotation is of a document ("The declaration reads: “…").
    let quoteOfDocument = false;
    // The claim of a line that opens a list of outcomes ("The leaders signed:"), for its items.
    let intro: ClaimValue | null = null;
    // Whether the sentence before was the last claim found (a quotation running on may complete it).
    let lastWasClaim = false;
    for (const { start, end, continues, part } of claimSpans(document.text, sentences, lex.continuations)) {
      const mentions = annotationsIn(entities, start, end).map((a) => ({
        ...(a.value as EntityMentionValue),
        start: a.start - start,
        end: a.end - start,
      }));
      const text = document.text.slice(start, end);
      if (intro && isListItem(text)) {
        claims.push({ layer: 'claims', start, end, value: intro, source: `claims:list:${intro.cue}`, confidence: 0.6 });
        if (!listGoesOn(text)) intro = null;
        lastWasClaim = true;
        continue;
      }
      // A part after a participle, a sentence inside an open quotation or one that starts with a
      // pronoun goes on with the subject of the sentence before.
      const carried = continues || inQuote || lex.carriesSubject.test(text);
      const value = classifyClaim(text, mentions, lex, {
        inherited: carried ? previous : 'unknown',
        part,
        insideQuote: inQuote,
        insideDocumentQuote: inQuote && quoteOfDocument,
        meetingYear,
      });
      if (!carried || previous === 'unknown') previous = subjectKind(text, mentions, lex);
      if (!inQuote) quoteOfDocument = lex.documentQuote.test(text);
      const wasInQuote = inQuote;
      inQuote = opensQuote(text, inQuote);
      intro = listIntro(text, value ?? classifyClaim(text, mentions, lex, { inherited: previous, part: true }));
      // “China supports X. It is ready to Y,” he said: the quoted sentence that goes on with a pronoun
      // for the subject of the one before cannot be checked without it, so it completes that claim; so
      // does every further sentence of a document quoted word for word (“We commit to X. We look forward
      // to Y,” the statement said), which is one passage of the document.
      const runsOn = quoteOfDocument || lex.documentQuote.test(text) || lex.quoteRunsOn.test(text);
      if (value && wasInQuote && runsOn && lastWasClaim && claims.length) {
        const last = claims[claims.length - 1];
        // The quotation's closing attribution ("…,” the statement said) speaks for all of it.
        const by = value.attributedTo === 'document' ? 'document' : last.value.attributedTo;
        claims[claims.length - 1] = { ...last, end, value: { ...last.value, attributedTo: by } };
        continue;
      }
      lastWasClaim = value !== null;
      if (!value) continue;
      const claim: Annotation<ClaimValue> = {
        layer: 'claims',
        start,
        end,
        value,
        source: `claims:${value.cue}`,
        confidence: 0.7,
      };
      // A headline written out again as the lead is the same claim: the fuller wording stands for both.
      const first = claims[0];
      if (first && claims.length <= OPENING_CLAIMS && repeatsFirst(text, firstText)) {
        if (fuller(text, firstText)) [claims[0], firstText] = [claim, text];
        continue;
      }
      if (!first) firstText = text;
      claims.push(claim);
    }
    return { claims: claims.sort((a, b) => a.start - b.start) };
  },
});

/** Whether a quotation is still open after this sentence (typographic or straight quotes). */
function opensQuote(text: string, open: boolean): boolean {
  let state = open;
  for (const ch of text) {
    if (ch === '“' || ch === '«') state = true;
    else if (ch === '”' || ch === '»') state = false;
    else if (ch === '"') state = !state;
  }
  return state;
}
