/**
 * @module object-terms
 * What identifies the object of a promise in another text. An anchor is a named event,
 * institution or initiative reduced to its distinctive words ("High-Level International
 * Conference on Glacier Conservation" → conference, glacier, conservation; an ordinal must
 * agree: "the second summit" is not "the first summit"). A topic is a pair of neighbouring
 * words once filler words are dropped ("cooperation in the field of education" → cooperation
 * education), of which at least one is not generic.
 */
import type { ReferenceValue } from '../model/layers.ts';
import type { ImplementationLexicon } from './implementation-lexicon.ts';
import { fold, words, type Word } from './words.ts';

export interface Anchor {
  readonly type: ReferenceValue['type'];
  readonly name: string;
  /** Compared forms; ordinals as numbers. */
  readonly tokens: readonly string[];
  /** The same words as written, without ordinals: what a full-text query asks for. */
  readonly searchWords: readonly string[];
  readonly date: string | null;
  readonly place: string | null;
  /** The acronym the promise gives the name ("Extraordinary Revenue Acceleration (ERA) Loans"), folded. */
  readonly acronym?: string;
  /** Named as the aim a promise made "to this end" serves, not created by it: reported at work, it is progress. */
  readonly aim?: boolean;
}

/**
 * Whether an anchor can name one thing: an ordinal, or a word other than a head noun ("BRICS
 * Summits" → summit names every summit of the format; "the 2nd summit" names one).
 */
export function isIdentifying(anchor: Anchor, lex: ImplementationLexicon): boolean {
  return anchor.tokens.some((t) => /^\d+$/.test(t) || !lex.headNouns.has(t));
}

/** A match of an anchor or topic in a sentence, with the stretch it covers. */
export interface TermMatch {
  readonly start: number;
  readonly end: number;
}

/** An acronym in brackets: two capitals at least, no spaces ("(PGII)", "(AfCFTA)"). */
const BRACKETED_ACRONYM = /\(\s*([\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*)\s*\)/u;

/**
 * The acronym a text gives a reference, within its span or right after it
 * ("the Trade and Technology Council (TTC)" → ttc), folded; undefined when there is none.
 */
export function acronymOf(ref: ReferenceValue, text: string): string | undefined {
  if (!Number.isInteger(ref.start) || !Number.isInteger(ref.end)) return undefined;
  const within = BRACKETED_ACRONYM.exec(text.slice(ref.start, ref.end));
  const after = new RegExp(`^[”"’']?\\s*${BRACKETED_ACRONYM.source}`, 'u').exec(text.slice(ref.end, ref.end + 16));
  const acronym = within?.[1] ?? after?.[1];
  return acronym ? fold(acronym) : undefined;
}

export function anchorOf(
  ref: ReferenceValue,
  formatWords: ReadonlySet<string>,
  lex: ImplementationLexicon,
  acronym?: string,
): Anchor {
  const all = words(ref.name, lex);
  let kept = all.filter((w) => w.ordinal || isDistinctive(w, formatWords, lex));
  // One ordinary word left of a longer name ("Dialogue Partner" → dialogue) would match any
  // dialogue: the name's other content words are then required too.
  const content = all.filter((w) => !w.ordinal && !lex.fillerWords.has(w.form) && !formatWords.has(w.raw));
  const plain = kept.filter((w) => !w.ordinal);
  if (plain.length === 1 && !lex.headNouns.has(plain[0].form) && content.length > 1)
    kept = [...kept.filter((w) => w.ordinal), ...content];
  return {
    type: ref.type,
    name: ref.name,
    tokens: [...new Set(kept.map((w) => w.form))],
    searchWords: [...new Set(kept.filter((w) => !w.ordinal).map((w) => w.raw))],
    date: ref.date ?? null,
    place: ref.place ?? null,
    ...(acronym ? { acronym } : {}),
  };
}

/** What joins a sector's head to its field. */
const FIELD_LINK = /\b(?:in|on|of|for)\b/i;

export function topicsOf(text: string, formatWords: ReadonlySet<string>, lex: ImplementationLexicon): string[] {
  const ws = words(text, lex);
  const seq = contentWords(ws, formatWords, lex);
  const out = new Set<string>();
  for (let i = 1; i < seq.length; i++) {
    const a = seq[i - 1];
    const b = seq[i];
    if (a.ordinal || b.ordinal || a.form === b.form) continue;
    // Two distinctive words, or a sector's head and the field a preposition gives it
    // ("cooperation in the field of education"; not an adjective: "trilateral cooperation").
    const sector = lex.sectorHeads.has(a.form) && !isCommon(b.form, lex) && FIELD_LINK.test(text.slice(a.end, b.start));
    if (!sector && (isCommon(a.form, lex) || isCommon(b.form, lex))) continue;
    out.add(pairKey(a.form, b.form));
  }
  const content = new Set(seq);
  for (const [a, b] of coordinatedPairs(ws, (w) => content.has(w)))
    if (!isCommon(a.form, lex) && !isCommon(b.form, lex)) out.add(pairKey(a.form, b.form));
  return [...out];
}

/** Words that join two modifiers of one head ("diversified and resilient food systems"). */
const COORDINATORS = new Set(['and', 'or']);

/**
 * The first of two coordinated modifiers with the head after the second: each modifier applies
 * to the head, so "diversified and resilient food systems" also names "diversified food" as
 * "build diversified food systems" does (a promise and its report list modifiers differently).
 */
function coordinatedPairs(ws: readonly Word[], isContent: (w: Word) => boolean): [Word, Word][] {
  const out: [Word, Word][] = [];
  for (let i = 1; i + 2 < ws.length; i++) {
    const [a, and, b, head] = [ws[i - 1], ws[i], ws[i + 1], ws[i + 2]];
    if (!COORDINATORS.has(and.raw) || ![a, b, head].every(isContent)) continue;
    if (a.ordinal || head.ordinal || a.form === head.form) continue;
    out.push([a, head]);
  }
  return out;
}

/** Word pairs of a sentence, each with where it lies (for topic lookups). */
export function sentencePairs(sentence: readonly Word[], lex: ImplementationLexicon): Map<string, TermMatch> {
  const seq = sentence.filter((w) => !lex.fillerWords.has(w.form) && w.form.length > 1);
  const out = new Map<string, TermMatch>();
  for (let i = 1; i < seq.length; i++) {
    const key = pairKey(seq[i - 1].form, seq[i].form);
    if (!out.has(key)) out.set(key, { start: seq[i - 1].start, end: seq[i].end });
  }
  const content = new Set(seq);
  for (const [a, head] of coordinatedPairs(sentence, (w) => content.has(w))) {
    const key = pairKey(a.form, head.form);
    if (!out.has(key)) out.set(key, { start: a.start, end: head.end });
  }
  return out;
}

/**
 * Where an anchor lies in a sentence: every ordinal and at least three quarters of its other
 * words must be there (rounded up).
 */
export function matchAnchor(anchor: Anchor, sentence: readonly Word[]): TermMatch | null {
  // The acronym as written stands for the whole name ("the ERA loans"; not "a new era").
  const short = anchor.acronym ? sentence.find((w) => w.capitals && w.raw === anchor.acronym) : undefined;
  if (short && !anchor.tokens.some((t) => /^\d+$/.test(t))) return { start: short.start, end: short.end };
  const found = anchor.tokens.map((t) => sentence.find((w) => w.form === t));
  const ordinals = anchor.tokens.filter((t) => /^\d+$/.test(t));
  if (ordinals.some((t) => !sentence.some((w) => w.ordinal && w.form === t))) return null;
  const plain = anchor.tokens.filter((t) => !/^\d+$/.test(t));
  const hits = found.filter((w): w is Word => !!w);
  const plainHits = hits.filter((w) => !w.ordinal).length;
  if (!plain.length || plainHits < Math.ceil(plain.length * 0.75)) return null;
  return { start: Math.min(...hits.map((w) => w.start)), end: Math.max(...hits.map((w) => w.end)) };
}

/** Whether the sentence names the anchor's event but with another ordinal ("the first forum" for the second). */
export function namesOtherEdition(anchor: Anchor, sentence: readonly Word[]): boolean {
  const ordinals = anchor.tokens.filter((t) => /^\d+$/.test(t));
  if (!ordinals.length || !sentence.some((w) => w.ordinal && !ordinals.includes(w.form))) return false;
  return matchAnchor({ ...anchor, tokens: anchor.tokens.filter((t) => !ordinals.includes(t)) }, sentence) !== null;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

function isCommon(form: string, lex: ImplementationLexicon): boolean {
  return lex.genericWords.has(form) || lex.headNouns.has(form);
}

function contentWords(ws: readonly Word[], formatWords: ReadonlySet<string>, lex: ImplementationLexicon): Word[] {
  return ws.filter((w) => !lex.fillerWords.has(w.form) && !formatWords.has(w.raw) && w.form.length > 1);
}

function isDistinctive(w: Word, formatWords: ReadonlySet<string>, lex: ImplementationLexicon): boolean {
  return w.form.length > 1 && !lex.genericWords.has(w.form) && !lex.fillerWords.has(w.form) && !formatWords.has(w.raw);
}

/** Where the object after a creation cue ends: a preposition, a conjunction, a relative pronoun or punctuation. */
const OBJECT_END = /\b(?:on|in|to|for|with|at|by|from|of|and|that|which)\b|[.;:()]/i;

/** The creation cues as a global regex, built once per lexicon (matchAll copies it for each text). */
const creationCopies = new WeakMap<RegExp, RegExp>();
function creationCues(lex: ImplementationLexicon): RegExp {
  let re = creationCopies.get(lex.creation);
  if (!re) creationCopies.set(lex.creation, (re = new RegExp(lex.creation.source, 'giu')));
  return re;
}

/**
 * The head of what a promise's act is done to: the last distinctive word of the phrase after a
 * verb of creation or holding, up to a preposition or punctuation other than a comma
 * ("hold annual, named, multi-domain trilateral exercises on a regular basis" → exercise).
 */
export function objectHeads(text: string, formatWords: ReadonlySet<string>, lex: ImplementationLexicon): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(creationCues(lex))) {
    const rest = text.slice(m.index + m[0].length).split(OBJECT_END)[0];
    const ws = words(rest, lex).slice(0, 6);
    const head = ws.filter((w) => isDistinctive(w, formatWords, lex) && !lex.headNouns.has(w.form)).at(-1);
    if (head && ws.at(-1)?.form === head.form) out.add(head.form);
  }
  return [...out];
}

/**
 * A body the promise creates that is named only by generic nouns ("establish a working group",
 * "set up an economic council"): no one word identifies it, but the two together do, so they
 * are kept as a topic pair and a later "the working group met" is found again.
 */
export function createdBodies(text: string, lex: ImplementationLexicon): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(creationCues(lex))) {
    // What the cue is said of: "establishment of a working group" as "establish a working group".
    const rest = text
      .slice(m.index + m[0].length)
      .replace(/^[\p{L}]*\s+of\b/u, '')
      .split(OBJECT_END)[0];
    const ws = words(rest, lex).slice(0, 6);
    const [a, b] = ws.slice(-2);
    if (a && b && a.form !== b.form && lex.headNouns.has(a.form) && lex.headNouns.has(b.form))
      out.add(pairKey(a.form, b.form));
  }
  return [...out];
}
