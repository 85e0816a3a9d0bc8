/**
 * @module link-document
 * The tracking stage, run after a document is stored (cross-document work never happens inside
 * the analysis). Order does not matter: the document's own promises are looked up in documents
 * already stored, and the promises already stored that its words could report on are
 * re-examined against it; so a later document is linked whenever it arrives.
 */
import { LINK_PRIORITY as PRIORITY, linkKey } from '../model/link.ts';
import type { Store } from '../store/store.ts';
import { storeCandidateFinder, type CandidateFinder } from './candidate-finder.ts';
import { classifyEvidence, type EvidenceVerdict, type PreparedSentence, prepareSentence } from './classify-evidence.ts';
import { clearLinks, type ExaminedPair } from './link-replacement.ts';
import { listLeads } from './list-leads.ts';
import { COVERAGE, isOwnMeeting } from './meeting-coverage.ts';
import { matchAnchor } from './object-terms.ts';
import { isMeetingText, namesPromised } from './meeting-text.ts';
import { namesSource } from './source-name.ts';
import { meetingTerm, nextMeeting } from './next-meeting.ts';
import type { Span } from '../model/span.ts';
import { sameSetting } from './same-setting.ts';
import { unlessRecommitted } from './recommitted.ts';
import { implementationLexicon, type ImplementationLexicon } from './implementation-lexicon.ts';
import { trackedCommitments, type TrackedCommitment } from './tracked-commitment.ts';
import { trackedDocuments, type TrackedDocument } from './tracked-document.ts';
import { termGroups } from './term-groups.ts';
import { TrackingRepository, trackingDb, type StoredLink } from './tracking-repository.ts';

export interface LinkRun {
  readonly commitments: number;
  readonly links: number;
}

/**
 * Links one stored document both ways and stores the result.
 * @example await linkDocument(store, 'd_2fedc747796f1496')
 */
export async function linkDocument(
  store: Store,
  documentId: string,
  options: { finder?: CandidateFinder; load?: (id: string) => Promise<TrackedDocument | undefined> } = {},
): Promise<LinkRun> {
  const lex = implementationLexicon();
  const repo = new TrackingRepository(trackingDb(store));
  const finder = options.finder ?? storeCandidateFinder(store, repo);
  const load = options.load ?? trackedDocuments(store);
  const doc = await load(documentId);
  if (!doc) return { commitments: 0, links: 0 };
  const own = trackedCommitments(doc, lex);
  await repo.replaceCommitments(
    documentId,
    own.map((c) => ({ c, groups: termGroups(c) })),
  );
  const links: StoredLink[] = [];
  const examined: ExaminedPair[] = [];
  const distinctive = await distinctiveTopics(repo);
  const candidates = new Map<string, Set<string>>();
  for (const c of own) candidates.set(c.key, new Set((await finder.passagesFor(c)).map((p) => p.documentId)));
  // Documents known to be older than the promises are not read at all.
  const dates = await repo.documentDates([...new Set([...candidates.values()].flatMap((ids) => [...ids]))]);
  for (const c of own) {
    for (const id of candidates.get(c.key) ?? []) {
      const known = dates.get(id);
      if (known && c.madeOn && known <= c.madeOn) continue;
      // The whole candidate document is read, as when it arrives later: the same sentences either way.
      const later = await load(id);
      examined.push({ commitmentKey: c.key, evidenceDocumentId: id });
      if (!later || !reportsLater(c, later)) continue;
      const best = bestEvidence(await distinctive(c), later, lex);
      if (best) links.push(best);
    }
  }
  if (doc.date) {
    for (const c of await finder.commitmentsFor(documentTerms(doc, lex), doc.date)) {
      if (c.documentId === documentId) continue;
      examined.push({ commitmentKey: c.key, evidenceDocumentId: documentId });
      if (!reportsLater(c, doc)) continue;
      const best = bestEvidence(await distinctive(c), doc, lex);
      if (best) links.push(best);
    }
  }
  await clearLinks(
    repo.db,
    documentId,
    own.map((c) => c.key),
    doc.sentences,
    examined,
  );
  await repo.insertLinks(links);
  return { commitments: own.length, links: links.length };
}

/**
 * A later document, not one about the meeting where the promise was made, of the promise's
 * format or, without one, naming most of the states that promised (`sameSetting`).
 */
function reportsLater(c: TrackedCommitment, later: TrackedDocument): boolean {
  if (!later.date || !c.madeOn || later.date <= c.madeOn) return false;
  if (c.meetingId && later.meeting?.meetingId === c.meetingId) return false;
  return sameSetting(c, later);
}

const prepared = new WeakMap<TrackedDocument, (PreparedSentence & Span)[]>();

/** The document's sentences cut into words once, however many promises they are checked against. */
function preparedSentences(doc: TrackedDocument, lex: ImplementationLexicon): (PreparedSentence & Span)[] {
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

function bestEvidence(c: TrackedCommitment, later: TrackedDocument, lex: ImplementationLexicon): StoredLink | null {
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
function sentencesNaming(c: TrackedCommitment, doc: TrackedDocument, lex: ImplementationLexicon): number[] {
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
    ...c.topics.map((t) => `pair:${t}`),
    ...(c.objects ?? []),
  ];
  const hits = new Set<number>();
  for (const term of terms) for (const i of index.get(term) ?? []) hits.add(i);
  return [...hits].sort((a, b) => a - b);
}

/** Promises share a topic pair with at most this share of all promises (and at least 3) for it to count. */
const TOPIC_MAX_SHARE = 0.01;

/** A promise with only the topic pairs few other promises share. */
async function distinctiveTopics(repo: TrackingRepository) {
  const counts = new Map<string, number>();
  let total: number | undefined;
  return async (c: TrackedCommitment): Promise<TrackedCommitment> => {
    if (!c.topics.length) return c;
    const missing = c.topics.map((t) => `pair:${t}`).filter((t) => !counts.has(t));
    if (missing.length) {
      // The number of promises is read once per run: counting them is a scan.
      const fresh = await repo.termFrequencies(missing, total);
      for (const t of missing) counts.set(t, fresh.counts.get(t) ?? 0);
      total = fresh.total;
    }
    const limit = Math.max(3, (total ?? 0) * TOPIC_MAX_SHARE);
    return { ...c, topics: c.topics.filter((t) => (counts.get(`pair:${t}`) ?? 0) <= limit) };
  };
}

/** The terms a document offers: its word forms and, per sentence, its word pairs. */
function documentTerms(doc: TrackedDocument, lex: ImplementationLexicon): string[] {
  const out = new Set<string>();
  for (const s of preparedSentences(doc, lex)) {
    for (const w of s.words) if (!w.ordinal) out.add(w.form);
    for (const key of s.pairs.keys()) out.add(`pair:${key}`);
  }
  if (doc.meeting?.format && isMeetingText(doc)) out.add(meetingTerm(doc.meeting.format));
  return [...out].sort();
}
