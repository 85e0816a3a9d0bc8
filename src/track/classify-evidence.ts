/**
 * @module classify-evidence
 * Decides what one sentence of a later document says about a promise, from how it reports
 * the promised object: a named anchor or a topic pair must be there, then the verb's tense and
 * aspect near it decide. Past or perfect completion ("was held", "concluded", "the launch of")
 * fulfils a named event, institution or initiative the promise creates and is progress on a
 * broader aim reached only by topic;
 * a step short of completion ("preparations for", "draft") is progress; a cancellation or
 * postponement contradicts; a future form ("will hold", "to be launched", "agreed to") promises
 * the same again: a repeat. An event cannot be reported held before its own date.
 */
import type { LinkKind } from '../model/link.ts';
import { startOfPeriod } from './dates.ts';
import type { ImplementationLexicon } from './implementation-lexicon.ts';
import { meetingsNamed } from './meetings-held.ts';
import { actDone } from './promised-acts.ts';
import { matchAnchor, namesOtherEdition, sentencePairs, type Anchor, type TermMatch } from './object-terms.ts';
import type { TrackedCommitment } from './tracked-commitment.ts';
import { type Word, words } from './words.ts';

export interface EvidenceVerdict {
  readonly kind: LinkKind;
  /** `track:<how the object matched>-<what the verb said>`. */
  readonly rule: string;
  readonly confidence: number;
}

/** How far (in characters) a verb may stand from the object it reports on. */
const REACH = 90;
/** A completion verb governed by these is still to come ("will be held", "agreed to establish"). */
const GOVERNED_BY_FUTURE = new RegExp(
  String.raw`\b(will|shall|would|to|to be|will be|shall be|is to be|are to be|` +
    String.raw`agreed to|decided to|pledged to|plans? to)\s+(\w+\s+)?$`,
  'i',
);

/**
 * The verdict on one sentence, or null when it does not report on the promise.
 * @example classifyEvidence(commitment, 'The conference on glaciers was held in Dushanbe.', '2025-06-17', lex)
 */
export function classifyEvidence(
  c: TrackedCommitment,
  text: string | PreparedSentence,
  evidenceDate: string | null,
  lex: ImplementationLexicon,
): EvidenceVerdict | null {
  const prepared = typeof text === 'string' ? prepareSentence(text, lex) : text;
  const { text: sentence, words: ws } = prepared;
  const anchored = c.anchors
    .map((a) => ({ anchor: a, at: matchAnchor(a, ws) }))
    .find((m): m is { anchor: Anchor; at: TermMatch } => m.at !== null);
  let at: TermMatch | undefined = anchored?.at;
  // Another edition of the promised event is another event, whatever its topic words.
  if (!at && c.anchors.some((a) => namesOtherEdition(a, ws))) return null;
  let how = anchored ? 'anchor' : 'topic';
  // A body the promise creates, found by its generic name ("the working group"): what it is
  // "focused on" is its remit, not a topic a meeting only discussed.
  // Its generic name alone may be another body's: a word of what it is for must be there too.
  const body =
    at || !qualified(c, ws) ? undefined : c.bodies?.map((t) => prepared.pairs.get(t)).find((m): m is TermMatch => !!m);
  if (body) {
    at = body;
    how = 'body';
  }
  if (!at) {
    at = c.topics
      .filter((t) => !c.bodies?.includes(t))
      .map((t) => prepared.pairs.get(t))
      .find((m): m is TermMatch => !!m);
  }
  if (!at) {
    // The same kind of act done again ("exercise" for "hold trilateral exercises").
    // Written as a common noun: a capital mid-sentence makes the word part of a name ("the
    // Shangri-La Dialogue" is no dialogue the promise meant to hold).
    // Written as the noun itself: "funding" or "funded" is no fund, nor "building" a building.
    const head = prepared.words.find(
      (w) =>
        c.objects?.includes(w.form) &&
        sentence[w.start] === sentence[w.start].toLowerCase() &&
        !/(?:ing|ed)$/.test(w.raw.replace(w.form, '')),
    );
    if (head) {
      at = { start: head.start, end: head.end };
      how = 'object';
    }
  }
  // A promise to meet again: the format's meetings reported ("hosted two Andean Forum summits").
  const meetings = at ? null : meetingsNamed(c, ws, lex);
  if (meetings) {
    at = meetings;
    how = 'meetings';
  }
  if (!at) return actReported(c, sentence, ws, lex);
  const near = (re: RegExp) => cuesNear(sentence, re, at);
  // Reported, not still to come or asked of someone: "calling for Russia … to withdraw" is no withdrawal.
  const reported = (i: number) => !GOVERNED_BY_FUTURE.test(sentence.slice(Math.max(0, i - 24), i));
  if (near(lex.contradiction).filter(reported).length)
    return { kind: 'contradicted', rule: `track:${how}-contradiction`, confidence: 0.7 };
  // A text doing the act it names ("we hereby establish", a list under "WE HEREBY DECLARE TO:").
  if (anchored && performs(prepared, lex) && near(lex.creation).filter(reported).length)
    return { kind: 'fulfilled', rule: 'track:anchor-performative', confidence: 0.8 };
  // Matched by its words only, a completion still to do in its clause reports nothing ("we will
  // seek to … ensure engagement is conducted"); a named event reported held stays held.
  const done = near(lex.completion).filter((i) => reported(i) && (anchored || !prospective(sentence, i, lex)));
  // A meeting held that discussed a topic has not acted on it.
  if (!anchored && how !== 'body' && near(lex.discussion).length) return null;
  if (done.length) {
    if (anchored?.anchor.date && evidenceDate && startOfPeriod(anchored.anchor.date) > evidenceDate) return null;
    // A named initiative is followed only when the promise brings it into being (see
    // tracked-commitment): a report of it launched, met or delivering is that promise kept.
    if (anchored?.anchor.aim) return { kind: 'progress', rule: 'track:anchor-aim-completion', confidence: 0.55 };
    if (anchored?.anchor.type === 'initiative')
      return { kind: 'fulfilled', rule: 'track:initiative-completion', confidence: 0.7 };
    if (anchored) return { kind: 'fulfilled', rule: 'track:anchor-completion', confidence: placed(anchored, ws) };
    if (how === 'object' || how === 'meetings' || how === 'body')
      return { kind: 'fulfilled', rule: `track:${how}-completion`, confidence: 0.6 };
    return { kind: 'progress', rule: 'track:topic-completion', confidence: 0.6 };
  }
  if (near(lex.progressSteps).filter((i) => !inName(sentence, i)).length)
    return { kind: 'progress', rule: `track:${how}-step`, confidence: 0.55 };
  if (near(lex.forward).length) return { kind: 'repeat', rule: `track:${how}-future`, confidence: 0.5 };
  return actReported(c, sentence, ws, lex);
}

/** The promised act reported done in the promise's own verb ("accelerated high-level exchanges"): a step on it. */
function actReported(
  c: TrackedCommitment,
  sentence: string,
  ws: readonly Word[],
  lex: ImplementationLexicon,
): EvidenceVerdict | null {
  const done = (c.acts ?? []).map((a) => actDone(a, sentence, ws, lex.reportVerbs)).find((m) => m !== null);
  if (!done || cuesNear(sentence, lex.discussion, done).length) return null;
  return { kind: 'progress', rule: 'track:act-done', confidence: 0.55 };
}

/** Whether the sentence holds a word of the promise's topic pairs other than its bodies' names. */
function qualified(c: TrackedCommitment, ws: readonly Word[]): boolean {
  const named = new Set((c.bodies ?? []).flatMap((b) => b.split(' ')));
  const own = new Set(c.topics.flatMap((t) => t.split(' ')).filter((w) => !named.has(w) && !/^\d+$/.test(w)));
  return ws.some((w) => own.has(w.form));
}

/** A sentence cut into words and word pairs once, to be checked against many promises. */
export interface PreparedSentence {
  readonly text: string;
  /** The lead-in a listed sentence hangs from ("We hereby declare to:"), if any. */
  readonly lead?: string;
  readonly words: readonly Word[];
  readonly pairs: ReadonlyMap<string, TermMatch>;
}

export function prepareSentence(raw: string, lex: ImplementationLexicon, lead?: string): PreparedSentence {
  // A web address is no part of what the sentence says ("[commitment](https://…/health-workforce)"):
  // blanked, so that offsets stay those of the text.
  const text = raw.replace(WEB_ADDRESS, (m) => ' '.repeat(m.length));
  const ws = words(text, lex);
  return { text, words: ws, pairs: sentencePairs(ws, lex), ...(lead ? { lead } : {}) };
}

/** A link target of Markdown text ("](https://…)") or a bare web address. */
const WEB_ADDRESS = /\]\([^)\s]*\)|\bhttps?:\/\/\S+/gu;

/** Whether the sentence, or the lead-in it is listed under, says the text itself does the act. */
function performs(s: PreparedSentence, lex: ImplementationLexicon): boolean {
  return s.text.search(lex.performative) >= 0 || (s.lead !== undefined && s.lead.search(lex.performative) >= 0);
}

/**
 * Whether a cue is written as part of a name: capitalised mid-sentence ("through the TTC
 * Investment Screening Working Group" names a body; "the working group met" reports a step).
 */
function inName(sentence: string, i: number): boolean {
  return i > 0 && /\p{Lu}/u.test(sentence[i]) && /\S/.test(sentence.slice(0, i));
}

/** Whether a future, intention or purpose opens the clause before offset `i` (up to a comma, colon or semicolon). */
function prospective(sentence: string, i: number, lex: ImplementationLexicon): boolean {
  const before = sentence.slice(0, i);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  return new RegExp(lex.prospectiveClause.source, 'iu').test(clause);
}

/** Start offsets of the cue matches that lie within reach of the matched object. */
function cuesNear(sentence: string, re: RegExp, at: TermMatch): number[] {
  const out: number[] = [];
  for (const m of sentence.matchAll(re)) {
    const gap = m.index > at.end ? m.index - at.end : at.start - (m.index + m[0].length);
    if (gap <= REACH) out.push(m.index);
  }
  return out;
}

/** Surer when the sentence also names the place the event was to be held. */
function placed(m: { anchor: Anchor }, ws: readonly Word[]): number {
  const place = m.anchor.place?.toLowerCase();
  return place && ws.some((w) => w.raw === place) ? 0.9 : 0.8;
}
