/**
 * @module split-statements
 * Cuts the operative text into statements: one per sentence, minus meeting boilerplate (date,
 * place and attendance sentences, "adopted the following communiqué", definitions with
 * "hereinafter", notes about the text itself, headings), and split where a sentence does two
 * things of different kinds ("welcomed X and will do Y": the second verb, after "and", starts a
 * statement of its own). A short sentence ending in a colon ("The Parties welcome:") introduces
 * a list whose items inherit its verb.
 */
import type { Span } from '../../model/span.ts';
import type { StatementKind } from '../../model/layers.ts';
import { cueWithObject, findCues, mainCue, type CueHit } from './find-cues.ts';
import type { Lexicons, MeetingVerbs } from '../shared/load-lexicons.ts';
import { anyOf, anyOfPhrases, compileOnce } from '../shared/compile-once.ts';
import { trimMarkup } from './trim-markup.ts';
import { type BoilerplateMatchers, boilerplateOf } from './statement-boilerplate.ts';

export interface StatementPiece extends Span {
  /** The main cue of the piece, offsets absolute. */
  readonly cue: CueHit | null;
  /** True for the second part of a split sentence (its subject is the first part's). */
  readonly continued: boolean;
  /** The whole sentence the piece was cut from. */
  readonly sentence: Span;
  /**
   * For a list item: the introducing sentence's cue and span. `frame` marks an intro that
   * ends in an infinitive frame ("agreed to step up cooperation, in particular to:"): its
   * items are the rest of that verb phrase, so their own verbs ("support …") do not set a kind.
   */
  readonly intro: { cue: CueHit | null; start: number; end: number; frame?: boolean } | null;
}

/** "The meeting was held …", "took place", "met in Astana": a sentence reporting the meeting (`meeting-verbs.json`). */
const reportedMeeting = compileOnce((v: MeetingVerbs): readonly RegExp[] => [
  new RegExp(
    String.raw`\b(?:${anyOfPhrases(v.reported.auxiliaries)})\s+(?:${anyOfPhrases(v.reported.verbs)})\b|\btook place\b` +
      String.raw`|\bheld (?:its|their|the) (?:\w+ )?(?:${anyOfPhrases(v.reported.nouns)})\b`,
    'i',
  ),
  new RegExp(String.raw`\b(?:${anyOfPhrases(v.gatheredIn.words)})\s+(?:in|at)\s+(?:the\s+city\s+of\s+)?[A-Z]`),
]);

/** "We are:", "The leaders remain:": a subject and an auxiliary alone before a list (`modality.json` listStem). */
const listStem = compileOnce(
  (m: Lexicons['modality']): RegExp =>
    new RegExp(
      String.raw`^((?:[\w’'-]+\s+){1,4}?(?:${anyOf(m.clauses.listStem.auxiliaries)})` +
        String.raw`(?:\s+(?:also|further|now))?)\s*:\s*$`,
      'i',
    ),
);

const RECITAL = /^[A-Z]{3,}ING\b/;
const LIST_MARKER = /^\s*(?:[-—–•*·]|\d{1,3}[.)]|\([a-z0-9]{1,3}\)|[a-z]\))\s*/;

/** Statement pieces of the sentences, in order. @example splitStatements(text, sentences, [], lexicons) */
export function splitStatements(
  text: string,
  sentences: readonly Span[],
  headings: readonly Span[],
  lexicons: Lexicons,
): StatementPiece[] {
  const out: StatementPiece[] = [];
  const reported = reportedMeeting(lexicons.meetingVerbs);
  const b = boilerplateOf(lexicons.statementBoilerplate);
  let intro: StatementPiece['intro'] = null;
  // A list stem ("We are:") and where the list read so far ends: a paragraph without a marker closes the list.
  let stem: { words: string; end: number } | null = null;
  let started = false;
  let h = 0; // headings and sentences are both in document order: one forward pointer keeps this linear
  for (const raw of sentences) {
    while (h < headings.length && headings[h].end < raw.end) h++;
    if (h < headings.length && headings[h].start <= raw.start && headings[h].end >= raw.end) continue;
    const s = trimMarkup(text, raw);
    const t = text.slice(s.start, s.end);
    const words = t.split(/\s+/).filter(Boolean).length;
    const opensStem = listStem(lexicons.modality).exec(t);
    if (opensStem && !mainCue(t, lexicons)) {
      stem = { words: opensStem[1], end: s.end };
      intro = null;
      started = true;
      continue;
    }
    const marked = LIST_MARKER.test(text.slice(raw.start, s.start + 2));
    // An item of a stem's list begins its line with a marker (or in lower case, the stem's words run on).
    const item = LIST_MARKER.test(text.slice(text.lastIndexOf('\n', s.start) + 1, s.start + 2)) || /^[a-z]/.test(t);
    if (stem && !item && /\n\s*\n/.test(text.slice(stem.end, s.start))) stem = null;
    if (stem) stem.end = s.end;
    const { hits, cue } = stem && item ? withStem(t, stem.words, lexicons) : cuesOf(t, lexicons);
    if (/:\s*$/.test(t) && cue) {
      // An infinitive frame: "… in particular to:", "… to advance the following points:" (the items are its objects).
      const frame = /\bto(?:\s+\w+\s+the\s+following(?:\s+\w+)?)?\s*:\s*$/i.test(t);
      const opened = { cue: shift(cue, s.start), start: s.start, end: s.end, frame };
      // A short intro ("The Parties welcome:") only opens the list; a longer one that says
      // something itself ("Agreed to step up cooperation, in particular to:") is a statement too.
      if (words <= 8) {
        intro = opened;
        started = true;
        continue;
      }
      if (opened.frame && !isSkipped(t, words, cue, reported, b)) {
        started = true;
        for (const piece of splitAtSecondVerb(t, hits, cue, b.splitBefore, lexicons)) {
          out.push({
            start: s.start + piece.start,
            end: s.start + piece.end,
            sentence: s,
            cue: piece.cue && shift(piece.cue, s.start),
            continued: piece.continued,
            intro: null,
          });
        }
        intro = opened;
        continue;
      }
    }
    if (isSkipped(t, words, cue, reported, b)) {
      // "… declare the following." opens the operative text even when the sentence itself is boilerplate.
      if (/\b(?:the following|as follows)\s*[.:]?$/i.test(t)) started = true;
      continue;
    }
    const isItem =
      intro !== null && (marked || !cue || /^[a-z]/.test(t) || /^(?:holding|the holding|the successful)\b/i.test(t));
    if (!isItem) intro = null;
    // Before the operative text begins, only sentences with a verb or a subject of ours count.
    if (!started && !cue && !isItem && !b.actorWord.test(t)) continue;
    started = true;
    for (const piece of splitAtSecondVerb(t, hits, cue, b.splitBefore, lexicons)) {
      out.push({
        start: s.start + piece.start,
        end: s.start + piece.end,
        sentence: s,
        cue: piece.cue && shift(piece.cue, s.start),
        continued: piece.continued,
        intro: isItem ? intro : null,
      });
    }
  }
  return out;
}

function cuesOf(t: string, lexicons: Lexicons): { hits: CueHit[]; cue: CueHit | null } {
  const hits = findCues(t, lexicons);
  return { hits, cue: mainCue(t, lexicons, hits) };
}

/**
 * A list item read after its stem ("We are:" + "stepping up …" = "We are stepping up …"); the cues' offsets are the
 * item's, a cue that begins in the stem starting at the item's first character.
 */
function withStem(t: string, words: string, lexicons: Lexicons): { hits: CueHit[]; cue: CueHit | null } {
  const at = words.length + 1;
  const whole = cuesOf(`${words} ${t}`, lexicons);
  const back = (h: CueHit): CueHit => ({ ...h, start: Math.max(0, h.start - at), end: Math.max(0, h.end - at) });
  return { hits: whole.hits.map(back), cue: whole.cue && back(whole.cue) };
}

function isSkipped(
  t: string,
  words: number,
  cue: CueHit | null,
  reported: readonly RegExp[],
  b: BoilerplateMatchers,
): boolean {
  if (words < 4 || !/[a-z]/.test(t)) return true;
  if (/^\(.*\)$/.test(t) || b.metadataLine.test(t)) return true;
  if (b.closing.test(t)) return true;
  // A block whose every line is a signatory ("For the Kyrgyz Republic", "President of …") and that ends no sentence.
  if (!/[.;!?]["”’)]?$/.test(t) && t.split(/\n/).every((line) => !line.trim() || b.signatureLine.test(line)))
    return true;
  // An opening formula cut off at a comma ("We, the Heads of State …, having gathered in …,") has no verb of its own.
  if (/,$/.test(t) && (!cue || cue.kind === 'record')) return true;
  if (/^we\b\W{0,4}\s/i.test(t) && /[,;]$/.test(t) && (!cue || cue.kind === 'record')) return true;
  // A recital of a resolution-style preamble in capitals ("APPRECIATING …;", "NOTING …") is no statement of its own.
  if (RECITAL.test(t)) return true;
  if (
    (b.boilerplate.some((re) => re.test(t)) || reported.some((re) => re.test(t))) &&
    (!cue || cue.kind === 'record' || /\bhereinafter\b|\bthe following\b/i.test(t))
  )
    return true;
  // A line without a verb of ours and without sentence punctuation is a heading or a caption.
  if (!cue && !/[.;!?:]["”’)]?$/.test(t) && words <= 15) return true;
  return false;
}

/** Splits "… appreciated X and noted Y" where the verb after "and" is of another kind. */
function splitAtSecondVerb(
  t: string,
  hits: readonly CueHit[],
  cue: CueHit | null,
  splitBefore: RegExp,
  lexicons: Lexicons,
): { start: number; end: number; cue: CueHit | null; continued: boolean }[] {
  const pieces: { start: number; end: number; cue: CueHit | null; continued: boolean }[] = [];
  let current = { start: 0, cue, continued: false };
  for (const h of hits) {
    if (!current.cue || h.start <= current.cue.end) continue;
    const lead = splitBefore.exec(t.slice(Math.max(current.start, h.start - 30), h.start));
    // Another kind of act after "and" starts a statement; the same kind only after ", and" (a new clause).
    if (!lead || (h.kind === current.cue.kind && !/^,/.test(lead[0]))) continue;
    const cut = h.start - lead[0].length;
    const before = t.slice(current.start, cut);
    // "to formulate and adopt": coordinated infinitives are one act.
    if (/\bto\s+\w+$/i.test(before)) continue;
    const rest = t.slice(h.start);
    if (
      before.split(/\s+/).length < 3 ||
      rest.split(/\s+/).length < 4 ||
      /^\S+\s+(?:the following|as follows)\b/i.test(rest) ||
      // "…, and looked forward to …, and declared as follows:" frames what follows; it is no act of its own.
      /\b(?:the following|as follows)\s*[.:]?$/i.test(rest)
    )
      continue;
    // "… and believe that these initiatives will …" gives a reason, not a new act.
    if (/^\S+\s+that\b/i.test(rest) && h.kind === 'position') continue;
    // The same kind again is a new statement only for a new act of support or promise (", and actively support …").
    if (h.kind === current.cue.kind && (h.kind === 'position' || h.kind === 'record')) continue;
    pieces.push({ start: current.start, end: trimEnd(t, cut), cue: current.cue, continued: current.continued });
    // The second verb decides its piece as a main cue does, with its object ("and will work to provide leadership").
    current = { start: h.start, cue: cueWithObject(h, t, lexicons), continued: true };
  }
  pieces.push({ start: current.start, end: trimEnd(t, t.length), cue: current.cue, continued: current.continued });
  return pieces;
}

function trimEnd(t: string, end: number): number {
  while (end > 0 && /[\s,;]/.test(t[end - 1])) end--;
  return end;
}

function shift(c: CueHit, by: number): CueHit {
  return { ...c, start: c.start + by, end: c.end + by };
}

/** The kind a piece gets: its verb's, its list intro's, else position. */
export function pieceKind(p: StatementPiece): StatementKind {
  if (p.intro?.frame && p.intro.cue) return p.intro.cue.kind;
  return p.cue?.kind ?? p.intro?.cue?.kind ?? 'position';
}
