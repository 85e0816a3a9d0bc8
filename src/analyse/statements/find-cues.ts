/**
 * @module find-cues
 * Finds the modality cues of a statement (data/lexicons/modality.json) and picks the main one:
 * the earliest finite verb phrase (longest at the same place); a framing verb followed by
 * "that" ("reiterated that they are willing to …") hands over to the next cue after "that".
 */
import type { StatementKind } from '../../model/layers.ts';
import type { Lexicons, ModalityCue } from '../shared/load-lexicons.ts';
import { createTermScanner, type TermScanner } from '../shared/term-scanner.ts';
import { promiseObjectStart, readPromiseObject } from './promise-object.ts';
import { thingSubject } from './thing-subject.ts';

export interface CueHit {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly kind: StatementKind;
  readonly confidence: number;
  /** A weak cue ("according to", "our support for") decides only where no other main-clause cue does. */
  readonly weak?: boolean;
}

interface Compiled {
  /** The cues as one alternation in lexicon order, scanned by first characters. */
  scanner: TermScanner;
  framing: RegExp;
  cues: ModalityCue[];
  aims: RegExp | null;
  aimCues: Set<string>;
  goals: RegExp | null;
  goalCues: Set<string>;
  /** The clause words of `modality.json`: relative pronouns, subordinators, leading-phrase openings. */
  relative: RegExp;
  subordinator: RegExp;
  leading: RegExp;
  wishing: RegExp;
  agreeing: RegExp;
  ownSubject: RegExp;
  /** A verb of saying and its "that" clause up to the cue, an adverb between them ("announce today that we …"). */
  saying: RegExp;
}
const cache = new WeakMap<object, Compiled>();
/** How far after a promise its object is read: a list of qualities runs long ("a free, open, fair, … environment"). */
const OBJECT_REACH = 200;

/**
 * Every cue in `text`, left to right, longest first at a place; overlapping shorter hits dropped. @example
 * findCues('The Parties will hold …', lexicons)[0].id === 'will-step-up'
 */
export function findCues(text: string, lexicons: Pick<Lexicons, 'modality'>): CueHit[] {
  const c = compiled(lexicons.modality);
  const hits: CueHit[] = [];
  for (const m of c.scanner.scan(text)) {
    // A verb in a relative clause ("…, which will enhance") is not the statement's own.
    if (c.relative.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const cue = c.cues[m.term];
    // An endorsement verb in the infinitive ("in solidarity to support …") is a purpose, not the act itself.
    if (cue.kind === 'endorsement' && infinitive(text, m.index, c.wishing)) continue;
    const at = { start: m.index, end: m.index + m.text.length };
    hits.push({ ...at, id: cue.id, kind: cue.kind, confidence: cue.confidence, ...(cue.weak ? { weak: true } : {}) });
  }
  return hits;
}

/**
 * The cue that decides the statement's kind, or null when none occurs: a decision over all cues, main clause first.
 * A cue inside a leading participial or adverbial phrase ("Recognizing the commitments discussed at the Summit, we
 * intend to …") or inside a subordinate clause ("… a conviction that they will …") yields to a main-clause cue, and
 * a weak cue (`weak` in the lexicon: "according to", "our support for") to any other; among the rest the earliest
 * wins (the lexicon lists longer forms first at one place). A framing verb followed by
 * "that" hands over to the cue of its clause; a promise whose object is an abstract aim ("will continue to uphold
 * …", "committed to dialogue") is a position. The returned id says which rule decided.
 */
export function mainCue(
  text: string,
  lexicons: Pick<Lexicons, 'modality' | 'promiseObjects'>,
  hits: readonly CueHit[] = findCues(text, lexicons),
): CueHit | null {
  if (!hits.length) return null;
  const c = compiled(lexicons.modality);
  const lead = leadingEnd(text, c.leading);
  const afterLead = hits.filter((h) => h.start >= lead);
  const pool = afterLead.length ? afterLead : hits;
  // The decision over all cues: a main-clause cue before a subordinate one, a strong cue before a weak one, then
  // the earliest; the rule that decided stays in the returned id.
  const mainClause = pool.filter((h) => !subordinate(text, h, c.subordinator));
  const main = mainClause.find((h) => !h.weak) ?? mainClause[0];
  // A promise only in a subordinate clause ("Our partnership is based on a conviction that … will help") predicts
  // something of the object; the main clause states a position.
  if (!main && pool[0].kind === 'commitment' && !framedBySaying(text, pool[0], c))
    return { ...pool[0], id: `${pool[0].id}+subordinate`, kind: 'position', confidence: 0.6 };
  const first = main ?? pool[0];
  const phrase = text.slice(first.start, first.end).toLowerCase();
  const after = text.slice(first.end, first.end + 12);
  if (c.framing.test(phrase) && /^\s*(,\s*)?that\b/i.test(after) && handsOver(phrase, text.slice(first.end), c)) {
    const next = hits.find((h) => h.start >= first.end && h.kind !== 'record');
    if (next && next.start - first.end < 160)
      return aim({ ...next, confidence: Math.min(next.confidence, 0.8) }, text, c, lexicons);
  }
  // A verb whose subject is a thing ("Rising debt will weigh on growth") predicts or assesses: a position.
  if (first.kind !== 'position' && thingSubject(text, first.start, first.id, lexicons))
    return { ...first, id: `${first.id}+thing`, kind: 'position', confidence: Math.min(first.confidence, 0.6) };
  return aim(first, text, c, lexicons);
}

/**
 * The kind a cue gives the statement it opens, read with its object: a promise of an abstract aim is a position,
 * support of a goal too (a statement split off at its second verb is decided so). @example
 * cueWithObject(hit, 'and will continue to deepen our partnership', lexicons).id === 'will-continue+aim'
 */
export function cueWithObject(
  hit: CueHit,
  text: string,
  lexicons: Pick<Lexicons, 'modality' | 'promiseObjects'>,
): CueHit {
  return aim(hit, text, compiled(lexicons.modality), lexicons);
}

/** "… to support": an infinitive, unless a verb of wishing governs it ("would like to thank"). */
function infinitive(text: string, at: number, wishing: RegExp): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  return /\bto\s+$/i.test(before) && !wishing.test(before);
}

/**
 * Where a leading phrase set off by a comma ends ("In light of …, the Parties will …"), or 0: neither its cues nor
 * its names are the statement's verb and subject. @example leadingPhraseEnd('As they work, we act.', lexicons) === 13
 */
export function leadingPhraseEnd(text: string, lexicons: Pick<Lexicons, 'modality'>): number {
  return leadingEnd(text, compiled(lexicons.modality).leading);
}

/** A leading phrase set off by a comma: "Recognizing …,", "As they work …,", "In light of …,". */
function leadingEnd(text: string, leading: RegExp): number {
  if (!leading.test(text)) return 0;
  const comma = text.indexOf(',');
  return comma > 0 && comma < 240 ? comma + 1 : 0;
}

/** A cue after "that", "which", "if", … within its clause is not the main verb (a framing verb's "that" aside). */
function subordinate(text: string, h: CueHit, subordinator: RegExp): boolean {
  const from = Math.max(text.lastIndexOf(',', h.start), text.lastIndexOf(';', h.start), 0);
  return subordinator.test(text.slice(from, h.start));
}

/** "They declare that they will …": a verb of saying without a cue of its own frames the clause, which speaks. */
function framedBySaying(text: string, h: CueHit, c: Compiled): boolean {
  const words = c.saying.exec(text.slice(0, h.start));
  return !!words && c.framing.test(words[1]) && handsOver(words[1].toLowerCase(), words[2], c);
}

/**
 * Whether a framing verb hands its "that" clause's kind over (`modality.json` framedSubjects): a verb of agreeing
 * always; any other only when the clause's subject is the speakers ("declare that they will …"), not a thing
 * ("reaffirm that the Charter will remain …").
 */
function handsOver(verb: string, rest: string, c: Compiled): boolean {
  return c.agreeing.test(verb) || c.ownSubject.test(rest);
}

/**
 * A promise whose object is an abstract aim is a position (`<id>+aim`), and so is support whose object is a goal
 * ("support a just and lasting peace", `<id>+goal`); otherwise the object's verb phrases decide (promise-object.ts):
 * a discrete action keeps the promise (`<id>+action-verb`, `+concrete-object`), an aim makes it a position
 * (`+aim-verb`, `+abstract-object`), and a cue of an attitude ("committed to") with no discrete action is a position
 * too (`+open`). The rule that decided stays in the id.
 */
function aim(hit: CueHit, text: string, c: Compiled, lexicons: Pick<Lexicons, 'promiseObjects'>): CueHit {
  const after = text.slice(hit.end, hit.end + OBJECT_REACH);
  if (hit.kind === 'endorsement' && c.goals && c.goalCues.has(hit.id) && c.goals.test(after))
    return { ...hit, id: `${hit.id}+goal`, kind: 'position', confidence: Math.min(hit.confidence, 0.7) };
  if (hit.kind !== 'commitment' || !c.aims || !c.aimCues.has(hit.id)) return hit;
  // A cue that ends in its verb ("will work", "are deepening") is read from that verb too ("work closely with …").
  const verb = text.slice(hit.start, hit.end).search(/\S+$/);
  if (c.aims.test(after) || c.aims.test(text.slice(hit.start + verb, hit.end + OBJECT_REACH)))
    return { ...hit, id: `${hit.id}+aim`, kind: 'position', confidence: Math.min(hit.confidence, 0.7) };
  // Otherwise the object's verb phrases decide: any discrete action a commitment, an aim alone a position.
  const read = readPromiseObject(
    text.slice(promiseObjectStart(text, hit, lexicons.promiseObjects)),
    lexicons.promiseObjects,
  );
  // A stance ("we are committed to") promises only a discrete action; with any other object it states a position.
  if (read.reading === 'open' && !lexicons.promiseObjects.stanceCues.words.includes(hit.id)) return hit;
  // An effort ("seek to deepen cooperation on the programme") promises only an act named by its verb.
  const effort = read.rule !== 'action-verb' && !!lexicons.promiseObjects.effortCues?.words.includes(hit.id);
  if (read.reading === 'action' && !effort) return { ...hit, id: `${hit.id}+${read.rule}` };
  return { ...hit, id: `${hit.id}+${read.rule}`, kind: 'position', confidence: Math.min(hit.confidence, 0.65) };
}

/** A lexicon pattern's spaces match any run of white space: soft-wrapped text breaks lines between words. */
function spaced(pattern: string): string {
  return pattern.replace(/ \?/g, String.raw`\s*`).replace(/ /g, String.raw`\s+`);
}

function compiled(m: Lexicons['modality']): Compiled {
  let c = cache.get(m);
  if (!c) {
    // One alternation in lexicon order: at the same start the regex engine takes the first
    // alternative that matches, so the lexicon lists longer, more specific forms first.
    const scanner = createTermScanner(
      m.cues.map((q) => spaced(q.pattern).replace(/\((?!\?)/g, '(?:')),
      'i',
    );
    // The words between a promise and its object, any number of them in any order ("to also continue to work
    // together with partners to …"); the object is an aim when one of `after` opens it.
    const prefixes = m.aims?.prefixes ?? ['to', 'also', 'further', 'continue to', 'jointly'];
    const lead = String.raw`^\s*(?:(?:${spaced(prefixes.join('|'))})\s+)*`;
    // An entry may end in a purpose ("deepen our partnership to {aim}"): the object is an aim when its purpose is.
    const plain = (m.aims?.after ?? []).filter((a) => !a.includes('{aim}'));
    const purpose = String.raw`(?:(?:\w+ly|jointly|together)\s+)?(?:${plain.join('|')})`;
    const after = (m.aims?.after ?? []).map((a) => a.replace('{aim}', purpose));
    const aims = m.aims ? new RegExp(`${lead}(?:${spaced(after.join('|'))})`, 'i') : null;
    const goals = m.aims?.supportedGoals;
    const k = m.clauses;
    c = {
      scanner,
      framing: new RegExp(spaced(m.framing), 'i'),
      cues: m.cues,
      aims,
      aimCues: new Set(m.aims?.cues ?? []),
      goals: goals ? new RegExp(String.raw`^\s*(?:${spaced(goals.after.join('|'))})`) : null,
      goalCues: new Set(goals?.cues ?? []),
      relative: new RegExp(String.raw`\b(?:${k.relative.join('|')})\s+(?:\w+ly\s+|also\s+)?$`, 'i'),
      subordinator: new RegExp(String.raw`\b(?:${k.subordinators.join('|')})\b`, 'i'),
      leading: new RegExp(String.raw`^(?:${k.leading.join('|')})\b`),
      agreeing: new RegExp(k.framedSubjects.agreeing, 'i'),
      ownSubject: new RegExp(
        String.raw`^\s*(?:,\s*)?that\s+(?:(?:also|further|all)\s+)?(?:${k.framedSubjects.subjects.join('|')})\b`,
        'i',
      ),
      wishing: new RegExp(String.raw`\b(?:${k.wishing.words.join('|')})\s+to\s+$`, 'i'),
      saying: new RegExp(
        String.raw`(\p{L}+)(?:\s+(?:${(k.framedSubjects.adverbs ?? []).join('|') || '(?!)'}))?(\s+that\s+[^,;]*)$`,
        'u',
      ),
    };
    cache.set(m, c);
  }
  return c;
}
