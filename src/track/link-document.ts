/**
 * @module link-document
 * The tracking stage, run after a document is stored (cross-document work never happens inside
 * the analysis). A document is linked both ways: its promises against every later document
 * holding one of their term groups, and its sentences against every earlier promise whose term
 * groups it holds. Both lookups are exact and apply one test (`candidate-finder.ts`), and what a
 * pair gives depends on the promise and the document alone (`examine-pair.ts`); so a pair is
 * examined, with the same result, by whichever of its documents is linked last, and the links
 * of a store depend on its documents, not on the order they arrived in (issue 10).
 */
import type { Store } from '../store/store.ts';
import { storeCandidateFinder, type CandidateFinder } from './candidate-finder.ts';
import { replaceDocumentTerms } from './document-term-index.ts';
import { bestEvidence, documentTerms, reportsLater } from './examine-pair.ts';
import { type ImplementationLexicon, implementationLexicon } from './implementation-lexicon.ts';
import { type TrackedCommitment, trackedCommitments } from './tracked-commitment.ts';
import { trackedDocuments, type TrackedDocument } from './tracked-document.ts';
import { termGroups } from './term-groups.ts';
import { TrackingRepository, trackingDb, type StoredLink } from './tracking-repository.ts';

export interface LinkRun {
  readonly commitments: number;
  /** Links from the document's promises and links to evidence in it. */
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
  const finder = options.finder ?? storeCandidateFinder(repo);
  const load = options.load ?? trackedDocuments(store);
  const doc = await load(documentId);
  if (!doc) return { commitments: 0, links: 0 };
  const own = trackedCommitments(doc, lex);
  await repo.replaceCommitments(
    documentId,
    own.map((c) => ({ c, groups: termGroups(c) })),
  );
  await replaceDocumentTerms(repo.db, documentId, doc.date, doc.date ? documentTerms(doc, lex) : []);
  const links: StoredLink[] = [];
  for (const c of own)
    for (const id of await finder.documentsFor(c)) {
      const later = await load(id);
      if (later) links.push(...evidenceOf(c, later, lex));
    }
  if (doc.date)
    for (const c of await finder.commitmentsFor(documentTerms(doc, lex), doc.date))
      if (c.documentId !== documentId) links.push(...evidenceOf(c, doc, lex));
  await repo.replaceLinks(documentId, links);
  return { commitments: own.length, links: links.length };
}

/** The best evidence of the promise in a later document, if it can report on it at all. */
function evidenceOf(c: TrackedCommitment, later: TrackedDocument, lex: ImplementationLexicon): StoredLink[] {
  if (!reportsLater(c, later)) return [];
  const best = bestEvidence(c, later, lex);
  return best ? [best] : [];
}
