/**
 * @module thing-subject
 * Whether the subject of a cue's verb is a thing rather than the speakers (`modality.json` thingSubjects): "Rising debt
 * will weigh on growth", "This charter will inspire us", "our friendship has helped both peoples" predict or assess
 * something; only an actor ("we", "the Parties", "the United States", "our officials") promises or reports an act of
 * its own. A subject that names a concrete thing ("the next meeting", "these loans") is the object of a promised act
 * in the passive ("will be held", "will be repaid"), so it is not read as a thing.
 */
import type { Lexicons } from '../shared/load-lexicons.ts';
import { anyOf, anyOfPhrases, compileOnce } from '../shared/compile-once.ts';

interface Compiled {
  cues: Set<string>;
  boundary: RegExp;
  preposition: RegExp;
  actor: RegExp;
  concrete: RegExp;
}

const compiled = compileOnce((l: Pick<Lexicons, 'modality' | 'promiseObjects'>): Compiled | null => {
  const t = l.modality.thingSubjects;
  if (!t) return null;
  return {
    cues: new Set(t.cues),
    // The subject starts after the last clause mark before the verb ("Ahead of the harvest, the G20 will").
    boundary: new RegExp(String.raw`[,;:]\s*|\b(?:${anyOf(l.modality.clauses.subordinators)})\s+`, 'gi'),
    // Its head ends at its first preposition ("Global markets for energy will …").
    preposition: new RegExp(String.raw`\s(?:${anyOf(t.prepositions)})\s`, 'i'),
    actor: new RegExp(String.raw`\b(?:${anyOfPhrases(t.actors)})\b`, 'i'),
    concrete: new RegExp(String.raw`\b(?:${anyOfPhrases(l.promiseObjects.concreteNouns.words)})(?:s|es)?\b`, 'i'),
  };
});

/**
 * True when the cue's verb (one of `thingSubjects.cues`) has a subject, in its own clause before it, that names no
 * actor: no listed actor word, no name (a capitalised word after the first, a capitalised possessive, a lone
 * capitalised word) and no concrete thing. @example
 * thingSubject('Rising debt will weigh on us.', 12, 'will', lexicons) === true
 */
export function thingSubject(
  text: string,
  verbAt: number,
  cueId: string,
  lexicons: Pick<Lexicons, 'modality' | 'promiseObjects'>,
): boolean {
  const c = compiled(lexicons);
  if (!c?.cues.has(cueId)) return false;
  const before = text.slice(0, verbAt);
  let from = 0;
  for (const m of before.matchAll(c.boundary)) from = m.index + m[0].length;
  const clause = before.slice(from).trim();
  const cut = clause.search(c.preposition);
  const head = (cut >= 0 ? clause.slice(0, cut) : clause).replace(/^(?:and|or|but|while|whereas)(?:\s+|$)/i, '');
  const words = head.split(/\s+/).filter(Boolean);
  if (!words.length) return false;
  if (c.actor.test(head) || c.concrete.test(head)) return false;
  // A name: a capitalised word after the first, a capitalised possessive ("Russia’s assets"), a lone capitalised word.
  if (words.slice(1).some((w) => /^[A-Z0-9]/.test(w))) return false;
  if (/^[A-Z][\w.-]*(?:[’']s?)$/.test(words[0]) || (words.length === 1 && /^[A-Z]/.test(words[0]))) return false;
  return true;
}
