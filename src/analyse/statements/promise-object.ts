/**
 * @module promise-object
 * Reads what a promise promises (data/lexicons/promise-objects.json): the verb phrases of its object (the first after
 * the lead words, then each after a joint: "and", a comma, a purpose "to"), each an action verb, an aim verb, another
 * verb or a bare noun phrase. Any action verb, or any phrase with a concrete object (a thing, a named programme, a
 * figure, a date), reads as an action (a commitment); otherwise a first phrase of an aim verb or a bare noun phrase
 * reads as an aim (a position); otherwise the reading is open and the cue decides.
 */
import type { Lexicons } from '../shared/load-lexicons.ts';
import type { Span } from '../../model/span.ts';
import { compileOnce } from '../shared/compile-once.ts';

/** How a promise's object reads, and the rule that read it. */
export interface PromiseObjectReading {
  readonly reading: 'action' | 'aim' | 'open';
  /** `action-verb`, `concrete-object`, `action-noun`, `aim-verb`, `abstract-object` or `open`. */
  readonly rule: string;
}

export type PromiseObjects = Lexicons['promiseObjects'];

interface Phrase {
  /** Where the verb (or the bare noun phrase) begins in the object. */
  readonly start: number;
  readonly verb: 'action' | 'aim' | 'other' | 'noun' | 'open';
  readonly object: string;
}

interface Compiled {
  lead: RegExp;
  joint: RegExp;
  purposeJoint: RegExp;
  clauseEnd: RegExp;
  action: RegExp;
  aim: RegExp;
  other: RegExp;
  actionNoun: RegExp;
  concrete: RegExp;
  named: RegExp;
  marks: RegExp[];
  abstractStart: RegExp;
  nounStart: RegExp;
  auxiliaries: RegExp;
  objectAfter: RegExp;
}

/**
 * Where a promise's object begins in `text`: after a cue that ends in "to" or in a bare auxiliary ("committed to",
 * "will"), at its end; after a cue that ends in its own verb ("we are stepping up", "will deepen"), at that verb.
 * @example promiseObjectStart('We will deepen ties.', { start: 0, end: 14 }, lexicon) === 3
 */
export function promiseObjectStart(text: string, cue: Span, lexicon: PromiseObjects): number {
  const phrase = text.slice(cue.start, cue.end);
  const c = compiled(lexicon);
  if (c.objectAfter.test(phrase)) return cue.end;
  return cue.start + (c.auxiliaries.exec(phrase)?.[0].length ?? 0);
}

/**
 * The reading of a promise's object, `object` being the text right after the promise cue. @example
 * readPromiseObject(' to continue to deepen our partnership.', lexicons.promiseObjects).reading === 'aim'
 */
export function readPromiseObject(object: string, lexicon: PromiseObjects): PromiseObjectReading {
  const c = compiled(lexicon);
  const phrases = phrasesOf(clauseOf(object, c), c);
  if (!phrases.length) return { reading: 'open', rule: 'open' };
  for (const p of phrases) {
    if (p.verb === 'action') return { reading: 'action', rule: 'action-verb' };
    if (p.verb !== 'open' && concrete(p.object, c))
      return { reading: 'action', rule: c.actionNoun.test(p.object) ? 'action-noun' : 'concrete-object' };
  }
  // Without a discrete action, a promise that opens with an aim verb ("deepen …, strengthen …") or a bare noun phrase
  // ("committed to a free and open region") promises an aim.
  if (phrases[0].verb === 'aim') return { reading: 'aim', rule: 'aim-verb' };
  if (phrases[0].verb === 'noun') return { reading: 'aim', rule: 'abstract-object' };
  return { reading: 'open', rule: 'open' };
}

/** The object up to the end of its clause. */
function clauseOf(object: string, c: Compiled): string {
  const m = c.clauseEnd.exec(object);
  return m ? object.slice(0, m.index) : object;
}

/** The object's verb phrases: the first after the lead words, then one after each joint that opens a listed verb. */
function phrasesOf(clause: string, c: Compiled): Phrase[] {
  const lead = c.lead.exec(clause);
  const from = lead ? lead[0].length : 0;
  const starts: { at: number; verb: Phrase['verb'] }[] = [{ at: from, verb: verbAt(clause, from, c) }];
  // A comma or "and" joins verb phrases only after a verb; after a noun it joins adjectives ("a free and open …").
  const joint = starts[0].verb === 'noun' ? c.purposeJoint : c.joint;
  for (const m of clause.slice(from).matchAll(joint)) {
    const at =
      from + m.index + m[0].length + (c.lead.exec(clause.slice(from + m.index + m[0].length))?.[0].length ?? 0);
    const verb = verbAt(clause, at, c);
    if (verb === 'action' || verb === 'aim' || verb === 'other') starts.push({ at, verb });
  }
  return starts.map((s, i) => ({
    start: s.at,
    verb: s.verb,
    object: clause.slice(s.at, starts[i + 1]?.at ?? clause.length),
  }));
}

/** What opens at `at`: an action verb, an aim verb, a noun phrase ("a free and open region") or another verb. */
function verbAt(clause: string, at: number, c: Compiled): Phrase['verb'] {
  const rest = clause.slice(at);
  if (c.action.test(rest)) return 'action';
  if (c.aim.test(rest)) return 'aim';
  if (c.other.test(rest)) return 'other';
  return c.nounStart.test(rest) || c.abstractStart.test(rest) ? 'noun' : 'open';
}

/** A thing, a named programme, an act's noun, a figure or a date in the object. */
function concrete(object: string, c: Compiled): boolean {
  return (
    c.concrete.test(object) || c.named.test(object) || c.actionNoun.test(object) || c.marks.some((m) => m.test(object))
  );
}

/** A listed word used as a noun: "support for …", "exchange of …", a last word. */
const NOT_A_NOUN = String.raw`(?!\s*(?:of|for|\.|;|$)(?:\W|$))`;
/** An action verb's forms that are adjectives too, in a list of adjectives: "open and inclusive", "free, open, …". */
const NOT_AN_ADJECTIVE = String.raw`(?!\s*(?:and|or|,)(?:\W|$))`;

/** Capitalised words, joined by "of", "for", "on", "and", "the": the words of a name before its head. */
const NAME = String.raw`[A-Z][\w’'-]*(?:\s+(?:of|for|on|and|the|[A-Z][\w’'-]*))*`;

/** A word's end, also after an accented letter ("stabilité"), where `\b` finds none. */
const END = String.raw`(?![\wÀ-ÿ])`;
/** A word's start, also before an accented letter ("établir"). */
const START = String.raw`(?<![\wÀ-ÿ])`;

/**
 * A verb in its bare, -s, -ed or -ing form ("promote", "promotes", "promoted", "promoting"); an entry with a group
 * lists its own forms (a French verb's infinitive and futures: "renforc(er|erons|eront)").
 */
function verbForms(words: readonly string[]): string {
  return words
    .map((w) => {
      if (/[(|]/.test(w)) return w.replace(/ /g, String.raw`\s+`);
      const [head, ...tail] = w.split(' ');
      const rest = tail.length ? String.raw`\s+${tail.join(String.raw`\s+`)}` : '';
      const e = /e$/.test(head) ? head.slice(0, -1) : head;
      return `(?:${e}(?:e|es|ed|ing)?|${head}(?:s|es|ed|ing)?|${head}${head.slice(-1)}(?:ed|ing))${rest}`;
    })
    .join('|');
}

const compiled = compileOnce((p: PromiseObjects): Compiled => {
  const phrase = (words: readonly string[]) => words.map((w) => w.replace(/ /g, String.raw`\s+`)).join('|');
  const adverb = String.raw`(?:\w+ly|${phrase(p.lead.words)})`;
  const noun = (words: readonly string[]) => `${START}(?:${phrase(words)})(?:s|es)?${END}`;
  const heads = phrase(p.namedHeads.words);
  return {
    lead: new RegExp(String.raw`^\s*(?:${adverb}\s+)*`, 'i'),
    joint: new RegExp(String.raw`(?:,\s*)?\b(?:${phrase(p.joints.words)})\s+|,\s+`, 'gi'),
    purposeJoint: new RegExp(
      String.raw`(?:,\s*)?\b(?:${phrase(p.joints.words.filter((w) => !/^(?:and|or)\b/.test(w)))})\s+`,
      'gi',
    ),
    clauseEnd: new RegExp(phrase(p.clauseEnds.words), 'i'),
    action: new RegExp(
      String.raw`^\s*(?:${verbForms(p.actionVerbs.words)})${END}${NOT_A_NOUN}${NOT_AN_ADJECTIVE}`,
      'i',
    ),
    aim: new RegExp(String.raw`^\s*(?:${verbForms(p.aimVerbs.words)})${END}${NOT_A_NOUN}`, 'i'),
    other: new RegExp(String.raw`^\s*(?:${verbForms(p.otherVerbs.words)})${END}${NOT_A_NOUN}`, 'i'),
    actionNoun: new RegExp(String.raw`\b(?:${phrase(p.actionNouns.words)})\s+of\b`, 'i'),
    concrete: new RegExp(noun(p.concreteNouns.words), 'i'),
    named: new RegExp(String.raw`${NAME}\s+(?:${heads})\b|\b(?:${heads})\s+(?:of|for|on)\s+(?:the\s+)?[A-Z]`),
    marks: p.concreteMarks.patterns.map((m) => new RegExp(m, 'i')),
    abstractStart: new RegExp(String.raw`^\s*${noun(p.abstractNouns.words)}`, 'i'),
    // Case-sensitive: a capitalised word is a name, not a noun phrase's opener.
    nounStart: new RegExp(String.raw`^\s*(?:${phrase(p.nounOpeners.words)})(?:${END}|(?<=['’]))`),
    auxiliaries: new RegExp(String.raw`^(?:(?:${phrase(p.auxiliaries.words)})\b[\s,]*)+`, 'i'),
    // A cue that ends in "to", "will" or "à" is followed by its object; any other ends in its own verb.
    objectAfter: new RegExp(String.raw`(?:^|\s)(?:${phrase(p.objectAfter?.words ?? ['to', 'will', 'shall'])})$`, 'i'),
  };
});
