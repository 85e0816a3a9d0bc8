/**
 * @module link-document
 * The tracking stage, run after a document is stored (cross-document work never happens inside
 * the analysis). Order does not matter: the document's own promises are looked up in documents
 * already stored, and the promises already stored that its words could report on are
 * re-examined against it; so a later document is linked whenever it arrives.
 */
import type { Store } from '../store/store.ts';
import { storeCandidateFinder, type CandidateFinder } from './candidate-finder.ts';
import { bestEvidence, documentTerms, reportsLater } from './examine-pair.ts';
import { implementationLexicon } from './implementation-lexicon.ts';
import { clearLinks, type ExaminedPair } from './link-replacement.ts';
import { trackedCommitments } from './tracked-commitment.ts';
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
  const candidates = new Map<string, Set<string>>();
  for (const c of own) candidates.set(c.key, new Set((await finder.passagesFor(c)).map((p) => p.documentId)));
  // The documents already linked are examined again whatever the search finds now, so a link the
  // promise no longer supports (its text or the lexicon changed) goes instead of lingering.
  for (const l of await repo.links({ commitmentKeys: own.map((c) => c.key) }))
    if (l.evidence.documentId !== documentId) candidates.get(l.commitmentKey)?.add(l.evidence.documentId);
  // Documents known to be older than the promises are not read at all.
  const dates = await repo.documentDates([...new Set([...candidates.values()].flatMap((ids) => [...ids]))]);
  for (const c of own) {
    for (const id of candidates.get(c.key) ?? []) {
      const known = dates.get(id);
      examined.push({ commitmentKey: c.key, evidenceDocumentId: id });
      if (known && c.madeOn && known <= c.madeOn) continue;
      // The whole candidate document is read, as when it arrives later: the same sentences either way.
      const later = await load(id);
      if (!later || !reportsLater(c, later)) continue;
      const best = bestEvidence(c, later, lex);
      if (best) links.push(best);
    }
  }
  if (doc.date) {
    // As on the other side: the promises this document was linked to are examined again too.
    const linked = (await repo.links({ documentId })).map((l) => l.commitmentKey);
    const found = await finder.commitmentsFor(documentTerms(doc, lex), doc.date);
    const known = new Set(found.map((c) => c.key));
    const again = await repo.commitments({ keys: [...new Set(linked)].filter((k) => !known.has(k)) });
    for (const c of [...found, ...again]) {
      if (c.documentId === documentId) continue;
      examined.push({ commitmentKey: c.key, evidenceDocumentId: documentId });
      if (!reportsLater(c, doc)) continue;
      const best = bestEvidence(c, doc, lex);
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
