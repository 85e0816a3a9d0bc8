/**
 * @module subject-list
 * Parties named as the subject of an opening sentence, the way joint statements of every
 * tradition begin when they have no "We, the …" formula: "The United States and the African
 * Union, under the leadership of …, affirm …", "Japan, the Republic of Korea and the United States
 * will …", "Kazakhstan, Kyrgyzstan and Uzbekistan agreed …". The text's own list is taken over any
 * format's record: a three-state text has three parties.
 */
import type { Annotation } from '../../model/annotation.ts';
import type { Span } from '../../model/span.ts';
import { countriesIn } from '../shared/find-countries.ts';
import { kbMatchers } from '../shared/kb-matchers.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';
import { readPartyList } from './party-list.ts';

export interface SubjectListInput {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly lexicons: Lexicons;
  readonly entities: readonly Annotation[];
  readonly participants?: readonly Annotation[];
  readonly date?: string | null;
}

/** How many opening sentences may hold the list. */
const OPENING = 3;
/**
 * After the list: an optional comma-enclosed phrase (an apposition, "under the leadership of …"), then a finite
 * verb: a lower-case word that is no preposition, article or conjunction.
 */
const VERB_AFTER = new RegExp(
  String.raw`^\s*(?:,[^;]{0,320}?,\s*)?(?:(?:have|has|also|jointly|together|hereby|today)\s+)*` +
    String.raw`(?!(?:of|in|at|on|for|to|with|and|or|the|a|an|as|by|from|which|who|that|under|between)\b)[a-z]{3,}\b`,
);

/** The parties of the first sentences' subject list, or null. @example subjectList({ text, sentences, … }) */
export function subjectList(input: SubjectListInput): { start: number; end: number; parties: string[] } | null {
  const { text, lexicons, entities } = input;
  for (const s of input.sentences.slice(0, OPENING)) {
    const lead = /^[\s*_#>-]*/.exec(text.slice(s.start, s.end))?.[0].length ?? 0;
    const hits = [
      ...countriesIn(text, s.start, s.end, lexicons, entities),
      ...kbMatchers(lexicons.kb)
        .groups.find(text.slice(s.start, s.end))
        .map((h) => ({ start: s.start + h.start, end: s.start + h.end })),
    ];
    const starts = [s.start + lead, ...hits.map((h) => h.start)].sort((a, b) => a - b);
    // A name right before ", <name>" makes this one the next item of a list that began earlier.
    const midList = (at: number) =>
      hits.some((h) => h.end <= at && /^\s*,\s*(?:the\s+)?$/i.test(text.slice(h.end, at)));
    let covered = -1;
    for (const at of starts) {
      // An item of a list already read is no new start ("Kazakhstan, Tajikistan and …").
      if (at < covered || midList(at)) continue;
      // A list starts a clause: at the sentence start or after a comma, not inside a phrase ("… of Japan and …").
      const before = text.slice(s.start + lead, at).replace(/(?:\bthe\s*)$/i, '');
      if (before.trim() && !/,\s*$/.test(before)) continue;
      const list = readPartyList(text, at, input);
      if (!list) continue;
      covered = list.end;
      if (list.items < 2 || list.parties.length < 2) continue;
      if (!VERB_AFTER.test(text.slice(list.end, Math.min(s.end, list.end + 400)))) continue;
      return { start: at, end: list.end, parties: list.parties };
    }
  }
  return null;
}
