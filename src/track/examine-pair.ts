/**
 * @module examine-pair
 * What one later document says about one promise: whether it can report on it at all
 * (`reportsLater`) and, sentence by sentence, the best evidence it holds (`bestEvidence`). Both
 * depend on the promise and the document alone, never on what else the store holds, so a
 * pair gives the same link whichever side of linking examines it and whenever.
 */
import { LINK_PRIORITY as PRIORITY, linkKey } from '../model/link.ts';
import type { Span } from '../model/span.ts';
import { classifyEvidence, type EvidenceVerdict, type PreparedSentence, prepareSentence } from './classify-evidence.ts';
import type { ImplementationLexicon } from './implementation-lexicon.ts';
import { listLeads } from './list-leads.ts';
import { COVERAGE, isOwnMeeting } from './meeting-coverage.ts';
import { isMeetingText, namesPromised } from './meeting-text.ts';
import { meetingTerm, nextMeeting } from './next-meeting.ts';
import { matchAnchor } from './object-terms.ts';
import { unlessRecommitted } from './recommitted.ts';
import { sameFormat, sameSetting } from './same-setting.ts';
import { namesSource } from './source-name.ts';
import type { TrackedCommitment } from './tracked-commitment.ts';
import type { TrackedDocument } from './tracked-document.ts';
import type { StoredLink } from './tracking-repository.ts';
import { formOf } from './word-form.ts';

/**
 * A later document, not one about the meeting where the promise was made, of the promise's
 * format or, without one, naming most of the states that promised (`sameSetting`).
 */
export function reportsLater(c: TrackedCommitment, later: TrackedDocument): boolean {
  if (!later.date || !c.madeOn || later.date <= c.madeOn) return false;
  if (c.meetingId && later.meeting?.meetingId === c.meetingId) return false;
  return sameSetting(c, later);
}

/**
 * What `reportsLater` asks of a promise's format and meeting alone, for a lookup to test before
 * loading the promise: a document of a format reports only on promises of that format made at
 * another meeting.
 */
export function mayReportOn(
  later: TrackedDocument,
): (c: { format: string | null; meetingId: string | null }) => boolean {
  const theirs = later.meeting?.format ?? null;
  if (!theirs) return () => true;
  const own = later.meeting?.meetingId;
  return (c) => c.format !== null && sameFormat(c.format, theirs) && !(c.meetingId && c.meetingId === own);
}

const prepared = new WeakMap<TrackedDocument, (PreparedSentence & Span)[]>();

/** The document's sentences cut into words once, however many promises they are checked against. */
export function preparedSentences(doc: TrackedDocument, lex: ImplementationLexicon): (PreparedSentence & Span)[] {
  let hit = prepared.get(doc);
  if (!hit) {
    const leads = listLeads(
      doc.sentences.map((s, i) => ({
        // From the start of its line: a list marker is left out of the sentence itself.
        text: doc.text.slice(doc.text.lastIndexOf('\n', s.start - 1) + 1, s.end),
        opensParagraph: i === 0 || /\n\s*\n/.test(doc.text.slice(doc.sentences[i - 1].end, s.start)),
      })),
    );
    hit = doc.sentences.map((s, i) => ({ ...prepareSentence(doc.text.slice(s.start, s.end), lex, leads[i]), ...s }));
    prepared.set(doc, hit);
  }
  return hit;
}

export function bestEvidence(
  c: TrackedCommitment,
  later: TrackedDocument,
  lex: ImplementationLexicon,
): StoredLink | null {
  let best: StoredLink | null = null;
  const met = nextMeeting(c, later);
  if (met && later.meetingSpan) return linkOf(c, later, later.meetingSpan, met);
  const sentences = preparedSentences(later, lex);
  const meetingText = isMeetingText(later);
  for (const i of sentencesNaming(c, later, lex)) {
    const s = sentences[i];
    const found = classifyEvidence(c, s, later.date, lex);
    if (!found || (!namesPromised(found) && (meetingText || aboutSource(c, s.text)))) continue;
    const v = coverage(c, s, later, unlessRecommitted(found, s, later.statements, lex.recommitment));
    const better =
      !best ||
      PRIORITY[v.kind] > PRIORITY[best.kind] ||
      (PRIORITY[v.kind] === PRIORITY[best.kind] && v.confidence > best.confidence);
    if (!better) continue;
    best = linkOf(c, later, s, v);
  }
  return best;
}

/** The verdict marked as coverage when the event it matched is the later document's own meeting. */
function coverage(
  c: TrackedCommitment,
  s: PreparedSentence,
  later: TrackedDocument,
  v: EvidenceVerdict,
): EvidenceVerdict {
  if (!v.rule.startsWith('track:anchor-')) return v;
  const own = c.anchors.some((a) => isOwnMeeting(a, later.meeting) && matchAnchor(a, s.words));
  return own ? { ...v, rule: `${v.rule}${COVERAGE}` } : v;
}

function linkOf(c: TrackedCommitment, later: TrackedDocument, at: Span, v: EvidenceVerdict): StoredLink {
  const from = { documentId: c.documentId, start: c.start, end: c.end };
  const evidence = { documentId: later.documentId, start: at.start, end: at.end };
  return {
    key: linkKey(from, evidence),
    commitmentKey: c.key,
    from: { ...from, clause: c.clause },
    evidence,
    evidenceDate: later.date,
    ...v,
  };
}

/** A sentence naming the promise's source text ("launched the Los Angeles Declaration") reports the text. */
function aboutSource(c: TrackedCommitment, sentence: string): boolean {
  return !!c.sourceName && namesSource(c.sourceName, { text: sentence });
}

const termIndexes = new WeakMap<TrackedDocument, Map<string, number[]>>();

/**
 * The sentences (in order) that hold one of the promise's anchor words, topic pairs or object
 * words: a sentence without any of them never reports on it (see classifyEvidence), so a
 * promise costs the sentences that name it, not every sentence of the document.
 */
export function sentencesNaming(c: TrackedCommitment, doc: TrackedDocument, lex: ImplementationLexicon): number[] {
  let index = termIndexes.get(doc);
  if (!index) {
    index = new Map();
    const add = (term: string, i: number) => {
      const list = index!.get(term);
      if (!list) index!.set(term, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    };
    preparedSentences(doc, lex).forEach((s, i) => {
      for (const w of s.words) add(w.form, i);
      for (const key of s.pairs.keys()) add(`pair:${key}`, i);
    });
    termIndexes.set(doc, index);
  }
  const terms = [
    ...c.anchors.flatMap((a) => a.tokens.filter((t) => !/^\d+$/.test(t))),
    ...c.anchors.flatMap((a) => (a.acronym ? [formOf(a.acronym)] : [])),
    ...c.topics.map((t) => `pair:${t}`),
    ...(c.objects ?? []),
    ...(c.acts ?? []).map((a) => a.split(' ')[0]),
    // A promise to meet again is kept in the sentences naming meetings (meetings-held.ts).
    ...(c.meetsAgain ? lex.meetingNouns.keys() : []),
  ];
  const hits = new Set<number>();
  for (const term of terms) for (const i of index.get(term) ?? []) hits.add(i);
  return [...hits].sort((a, b) => a - b);
}

/** The terms a document offers: its word forms and, per sentence, its word pairs. */
export function documentTerms(doc: TrackedDocument, lex: ImplementationLexicon): string[] {
  const out = new Set<string>();
  for (const s of preparedSentences(doc, lex)) {
    for (const w of s.words) if (!w.ordinal) out.add(w.form);
    for (const key of s.pairs.keys()) out.add(`pair:${key}`);
  }
  if (doc.meeting?.format && isMeetingText(doc)) out.add(meetingTerm(doc.meeting.format));
  return [...out].sort();
}
