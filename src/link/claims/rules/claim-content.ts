/**
 * @module claim-content
 * What a claim says the meeting did, without the report's frame: the subject and reporting verb
 * before it ("The ministers expressed a shared focus on …") and an attribution after it ("…, said
 * a press release"). Primary documents word the content, never the frame, so a claim's frame
 * words dilute how much of it a clause covers.
 */
import { sharedClaimLexicon } from '../../../analyse/shared/claim-lexicon.ts';

/**
 * The claim's content: up to an attribution, the text after its first action or reporting cue.
 * @example claimContent('The ministers agreed to build a road, said a press release.') // ' to build a road'
 */
export function claimContent(text: string): string {
  const lex = sharedClaimLexicon();
  const tail = lex.attributionTail.exec(text);
  const body = tail ? text.slice(0, tail.index) : text;
  let from = body.length;
  let length = 0;
  for (const a of lex.aspects) {
    const m = a.re.exec(body);
    if (m && m.index < from) {
      from = m.index;
      length = m[0].length;
    }
  }
  return from === body.length ? body : body.slice(from + length);
}
