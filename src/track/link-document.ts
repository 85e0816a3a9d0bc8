/**
 * @module link-document
 * The tracking stage, run after a document is stored (cross-document work never happens inside
 * the analysis). The links whose evidence lies in a document are one reading of it against the
 * earlier promises its terms name (`linkEvidence`), a function of the document and those
 * promises alone. A new document is read so; and since its own promises may be reported on by
 * documents already stored, every later document one of them names (or one they were linked to)
 * is read again. So the links of a store depend on its documents, not on the order they arrived in.
 */
import type { Store } from '../store/store.ts';
import { storeCandidateFinder, type CandidateFinder } from './candidate-finder.ts';
import { replaceDocumentTerms } from './document-term-index.ts';
import { bestEvidence, documentTerms, reportsLater } from './examine-pair.ts';
import { type ImplementationLexicon, implementationLexicon } from './implementation-lexicon.ts';
import { trackedCommitments } from './tracked-commitment.ts';
import { trackedDocuments, type TrackedDocument } from './tracked-document.ts';
import { termGroups } from './term-groups.ts';
import { TrackingRepository, trackingDb, type StoredLink } from './tracking-repository.ts';

export interface LinkRun {
  readonly commitments: number;
  /** Links whose evidence lies in the document. */
  readonly links: number;
  /** Later documents read again for the document's promises. */
  readonly reread: number;
}

type Load = (id: string) => Promise<TrackedDocument | undefined>;

/**
 * Links one stored document both ways and stores the result.
 * @example await linkDocument(store, 'd_2fedc747796f1496')
 */
export async function linkDocument(
  store: Store,
  documentId: string,
  options: { finder?: CandidateFinder; load?: Load } = {},
): Promise<LinkRun> {
  const lex = implementationLexicon();
  const repo = new TrackingRepository(trackingDb(store));
  const finder = options.finder ?? storeCandidateFinder(repo);
  const load = options.load ?? trackedDocuments(store);
  const doc = await load(documentId);
  if (!doc) return { commitments: 0, links: 0, reread: 0 };
  const own = trackedCommitments(doc, lex);
  // What the document was linked to before its promises change: those readings may change too.
  const linkedBefore = (await repo.links({ fromDocumentId: documentId })).map((l) => l.evidence.documentId);
  await repo.replaceCommitments(
    documentId,
    own.map((c) => ({ c, groups: termGroups(c) })),
  );
  await replaceDocumentTerms(repo.db, documentId, doc.date, doc.date ? documentTerms(doc, lex) : []);
  const later = new Set(linkedBefore);
  for (const c of own) for (const id of await finder.documentsFor(c)) later.add(id);
  later.delete(documentId);
  for (const id of [...later].sort()) await linkEvidence(repo, finder, load, lex, id);
  const links = await linkEvidence(repo, finder, load, lex, documentId);
  return { commitments: own.length, links, reread: later.size };
}

/**
 * Reads one document against the earlier promises its terms name and replaces the links whose
 * evidence lies in it; returns how many it holds.
 */
async function linkEvidence(
  repo: TrackingRepository,
  finder: CandidateFinder,
  load: Load,
  lex: ImplementationLexicon,
  documentId: string,
): Promise<number> {
  const doc = await load(documentId);
  if (!doc) return 0;
  const found = doc.date ? await finder.commitmentsFor(documentTerms(doc, lex), doc.date) : [];
  const links: StoredLink[] = [];
  for (const c of found) {
    if (c.documentId === documentId || !reportsLater(c, doc)) continue;
    const best = bestEvidence(c, doc, lex);
    if (best) links.push(best);
  }
  await repo.replaceEvidenceLinks(documentId, links);
  return links.length;
}
