/**
 * @module promised-acts
 * A promise's act as a verb and what it is done to ("we intend to accelerate high-level
 * exchanges" → accelerate + exchange), and a later sentence reporting that act done in the
 * past ("the United States accelerated high-level exchanges", "has provided … assistance"), or in
 * a report verb of the same act ("disbursed … assistance" for "provide assistance"):
 * follow-up fact sheets report delivery in the promise's own verb more often than in a
 * completion word. Both words are compared forms ("accelerated" and "accelerate" are one).
 */
import type { ImplementationLexicon } from './implementation-lexicon.ts';
import type { TermMatch } from './object-terms.ts';
import { type Word, words } from './words.ts';

/** How far (in characters) the object may stand after the verb in the later sentence. */
const REACH = 60;
/** Words read after the verb for its object, up to a preposition, conjunction or punctuation. */
const OBJECT_WORDS = 5;
/** A past form still to come ("will be provided", "to be accelerated"). */
const STILL_TO_COME = /\b(?:will|to|would|shall)\s+(?:be\s+|have\s+)?$/i;
/** A promise's verb: the word after "will", "shall" or "to" ("intend to", "work together to"). */
const INTENT = /\b(?:will|shall|to)\s+$/i;

/** `verb object` keys (compared forms) of the acts a promise's text commits to. */
export function promisedActs(text: string, formatWords: ReadonlySet<string>, lex: ImplementationLexicon): string[] {
  const ws = words(text, lex);
  const out = new Set<string>();
  for (const w of ws) {
    if (!INTENT.test(text.slice(Math.max(0, w.start - 8), w.start)) || !isContent(w, formatWords, lex)) continue;
    // Creating or holding something is followed by its object head (`objectHeads`).
    if (new RegExp(`^(?:${lex.creation.source})$`, 'iu').test(w.raw)) continue;
    const rest = text.slice(w.end).split(/\b(?:on|in|to|for|with|at|by|from|of|and|or|that|which|as)\b|[.,;:()—–]/i)[0];
    const phrase = words(rest, lex).slice(0, OBJECT_WORDS);
    const head = phrase.at(-1);
    if (!head || !isContent(head, formatWords, lex) || lex.headNouns.has(head.form) || lex.genericWords.has(head.raw))
      continue;
    out.add(`${w.form} ${head.form}`);
  }
  return [...out];
}

/**
 * Where a sentence reports the act done: the verb in a past or perfect form, or a report verb of
 * the same act (`reportVerbs`: "provide" → "disbursed"), with the promise's object after it.
 */
export function actDone(
  act: string,
  sentence: string,
  ws: readonly Word[],
  reportVerbs?: ReadonlyMap<string, RegExp>,
): TermMatch | null {
  const [verb, object] = act.split(' ');
  const verbs: TermMatch[] = ws.filter((w) => w.form === verb && /ed$/.test(w.raw));
  const re = reportVerbs?.get(verb);
  if (re) for (const m of sentence.matchAll(re)) verbs.push({ start: m.index, end: m.index + m[0].length });
  for (const v of verbs) {
    if (STILL_TO_COME.test(sentence.slice(Math.max(0, v.start - 16), v.start))) continue;
    const o = ws.find((x) => x.form === object && x.start > v.end && x.start - v.end <= REACH);
    if (o) return { start: v.start, end: o.end };
  }
  return null;
}

function isContent(w: Word, formatWords: ReadonlySet<string>, lex: ImplementationLexicon): boolean {
  return w.form.length > 2 && !lex.fillerWords.has(w.form) && !formatWords.has(w.raw) && !w.ordinal;
}
