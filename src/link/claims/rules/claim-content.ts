/**
 * @module claim-content
 * What a claim says the meeting did, without the report's frame: the subject and reporting verb
 * before it ("The ministers expressed a shared focus on …") and an attribution after it ("…, said
 * a press release"). Primary documents word the content, never the frame, so a claim's frame
 * words dilute how much of it a clause covers.
 */
import { sharedClaimLexicon } from '../../../analyse/shared/claim-lexicon.ts';
import type { Candidate, RetrievalUnit } from '../../retrieval/retrieval-unit.ts';
import { retrievalTerms } from '../../retrieval/terms.ts';
import type { RuleInput } from './verdict-rule.ts';

/** Coverage of a claim's content alone (its frame left out) from which a passage says it. */
export const CONTENT_SUPPORTS = 0.5;
/** Terms the content needs for its coverage to mean anything. */
const CONTENT_TERMS = 4;

/**
 * The passages that say the claim's content (coverage of the content at least CONTENT_SUPPORTS),
 * best first; none when the claim has no frame to leave out or too little content.
 */
export function contentCandidates(claim: RuleInput['claim'], record: RuleInput['record']): Candidate[] {
  const content = claimContent(claim.text);
  if (content === claim.text || new Set(retrievalTerms(content)).size < CONTENT_TERMS) return [];
  return record.index
    .candidates({ text: content, facts: claim.facts, meetingId: record.meetingId }, 8)
    .filter((c) => c.coverage >= CONTENT_SUPPORTS)
    .sort((a, b) => b.coverage - a.coverage || b.score - a.score);
}

/**
 * Coverage of a frame claim's content from which its best passage is cited beside the passage
 * that records the frame: the frame ("the summit concluded", "the leaders signed the statement")
 * is already supported, so the content's passage only has to be on its topic.
 */
export const FRAME_CONTENT_ON_TOPIC = 0.2;

/**
 * The passage besides those `cited` that says what a frame claim adds to its frame ("…
 * concluded with a statement outlining their commitment to a partnership"), or null when
 * nothing is on its topic.
 */
export function frameContentPassage(
  claim: RuleInput['claim'],
  record: RuleInput['record'],
  cited: readonly RetrievalUnit[],
): RetrievalUnit | null {
  const content = claimContent(claim.text);
  if (new Set(retrievalTerms(content)).size < CONTENT_TERMS) return null;
  // The frame's own passage (the preamble that records the meeting) often ranks first: the next one says the content.
  const [best] = record.index
    .candidates({ text: content, meetingId: record.meetingId }, 8)
    .filter((c) => !cited.some((u) => u.id === c.unit.id))
    .sort((a, b) => b.coverage - a.coverage || b.score - a.score);
  return best && best.coverage >= FRAME_CONTENT_ON_TOPIC ? best.unit : null;
}

/**
 * The claim's content: up to an attribution, the text after its first action or reporting cue (after
 * a reporting cue, the text after the act it reports, if any).
 * @example claimContent('The ministers agreed to build a road, said a press release.') // ' to build a road'
 */
export function claimContent(text: string): string {
  const lex = sharedClaimLexicon();
  const tail = lex.attributionTail.exec(text);
  const body = tail ? text.slice(0, tail.index) : text;
  const first = firstCue(body, lex.aspects);
  if (!first) return body;
  // "X said (that) the leaders agreed on …": the content is what the reported act is about.
  const reported = first.aspect === 'remark' ? firstCue(body.slice(first.end), lex.aspects, 'remark') : null;
  return body.slice(first.end + (reported?.end ?? 0));
}

/** The earliest cue of any aspect (but `except`) in the text, and where it ends. */
function firstCue(
  text: string,
  aspects: ReturnType<typeof sharedClaimLexicon>['aspects'],
  except?: string,
): { aspect: string; end: number } | null {
  let best: { aspect: string; index: number; end: number } | null = null;
  for (const a of aspects) {
    if (a.aspect === except) continue;
    const m = a.re.exec(text);
    if (m && (!best || m.index < best.index)) best = { aspect: a.aspect, index: m.index, end: m.index + m[0].length };
  }
  return best;
}
