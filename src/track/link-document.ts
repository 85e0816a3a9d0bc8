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
import { classifyEvidence, type PreparedSentence, prepareSentence } from './classify-evidence.ts';
import type { Span } from '../model/span.ts';
import { implementationLexicon, type ImplementationLexicon } from './implementation-lexicon.ts';
import { trackedCommitments, type TrackedCommitment } from './tracked-commitment.ts';
import { trackedDocuments, type TrackedDocument } from './tracked-document.ts';
import { TrackingRepository, trackingDb, type StoredLink, type TermGroup } from './tracking-repository.ts';

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
  await repo.deleteLinksOf(documentId);
  const links: StoredLink[] = [];
  for (const c of own) {
    // The whole candidate document is read, as when it arrives later: the same sentences either way.
    for (const id of new Set((await finder.passagesFor(c)).map((p) => p.documentId))) {
      const later = await load(id);
      if (!later || !reportsLater(c, later)) continue;
      const best = bestEvidence(c, later, lex);
      if (best) links.push(best);
    }
  }
  if (doc.date) {
    for (const c of await finder.commitmentsFor(documentTerms(doc, lex), doc.date)) {
      if (c.documentId === documentId || !reportsLater(c, doc)) continue;
      const best = bestEvidence(c, doc, lex);
      if (best) links.push(best);
    }
  }
  await repo.insertLinks(links);
  return { commitments: own.length, links: links.length };
}

/** A later document, not one about the meeting where the promise was made. */
function reportsLater(c: TrackedCommitment, later: TrackedDocument): boolean {
  if (!later.date || !c.madeOn || later.date <= c.madeOn) return false;
  return !(c.meetingId && later.meeting?.meetingId === c.meetingId);
}

const prepared = new WeakMap<TrackedDocument, (PreparedSentence & Span)[]>();

/** The document's sentences cut into words once, however many promises they are checked against. */
function preparedSentences(doc: TrackedDocument, lex: ImplementationLexicon): (PreparedSentence & Span)[] {
  let hit = prepared.get(doc);
  if (!hit) {
    hit = doc.sentences.map((s) => ({ ...prepareSentence(doc.text.slice(s.start, s.end), lex), ...s }));
    prepared.set(doc, hit);
  }
  return hit;
}

function bestEvidence(c: TrackedCommitment, later: TrackedDocument, lex: ImplementationLexicon): StoredLink | null {
  let best: StoredLink | null = null;
  for (const s of preparedSentences(later, lex)) {
    const v = classifyEvidence(c, s, later.date, lex);
    if (!v) continue;
    const better =
      !best ||
      PRIORITY[v.kind] > PRIORITY[best.kind] ||
      (PRIORITY[v.kind] === PRIORITY[best.kind] && v.confidence > best.confidence);
    if (!better) continue;
    const from = { documentId: c.documentId, start: c.start, end: c.end };
    const evidence = { documentId: later.documentId, start: s.start, end: s.end };
    best = {
      key: linkKey(from, evidence),
      commitmentKey: c.key,
      from: { ...from, clause: c.clause },
      evidence,
      evidenceDate: later.date,
      ...v,
    };
  }
  return best;
}

/** Each anchor is a group (three quarters of its words must co-occur); each topic pair is one term. */
export function termGroups(c: TrackedCommitment): TermGroup[] {
  const anchors = c.anchors.map((a) => {
    const plain = a.tokens.filter((t) => !/^\d+$/.test(t));
    return { terms: plain, required: Math.ceil(plain.length * 0.75) };
  });
  return [...anchors.filter((g) => g.terms.length), ...c.topics.map((t) => ({ terms: [`pair:${t}`], required: 1 }))];
}

/** The terms a document offers: its word forms and, per sentence, its word pairs. */
function documentTerms(doc: TrackedDocument, lex: ImplementationLexicon): string[] {
  const out = new Set<string>();
  for (const s of preparedSentences(doc, lex)) {
    for (const w of s.words) if (!w.ordinal) out.add(w.form);
    for (const key of s.pairs.keys()) out.add(`pair:${key}`);
  }
  return [...out].sort();
}
