/**
 * @module link-document
 * The tracking stage, run after a document is stored (cross-document work never happens inside
 * the analysis). The links whose evidence lies in a document are one reading of it against
 * the earlier promises that it may report on and whose term groups it holds, the best matched
 * `READ` of them (`readDocument`): what the document and those promises give, whatever else is
 * stored and whenever it came. A new document is read so; and every later document that one of
 * its promises (or of the promises it made before) may be read for is read again, since the
 * promise may now be among that document's best matched. So the links of a store depend on its
 * documents, not on the order they arrived in (issue 10).
 */
import type { Store } from '../store/store.ts';
import { storeCandidateFinder, type CandidateFinder } from './candidate-finder.ts';
import { replaceDocumentTerms } from './document-term-index.ts';
import { bestEvidence, documentTerms, mayReportOn, reportsLater } from './examine-pair.ts';
import { type ImplementationLexicon, implementationLexicon } from './implementation-lexicon.ts';
import { type TrackedCommitment, trackedCommitments } from './tracked-commitment.ts';
import { trackedDocuments, type TrackedDocument } from './tracked-document.ts';
import { termGroups } from './term-groups.ts';
import { TrackingRepository, trackingDb, type StoredLink } from './tracking-repository.ts';

/**
 * Promises one document is read against at most, the best matched first: what keeps linking a
 * document cheap in a store that holds many promises it shares words with (`npm run
 * bench:links`). A corpus document may report on up to 239 (the G7 Apulia communiqué, of the
 * Hiroshima one's promises); reading 100 or 250 gives the same corpus links (`links-eval`).
 */
export const READ = 100;

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
  options: { finder?: CandidateFinder; load?: Load; read?: number } = {},
): Promise<LinkRun> {
  const lex = implementationLexicon();
  const repo = new TrackingRepository(trackingDb(store));
  const finder = options.finder ?? storeCandidateFinder(repo);
  const load = options.load ?? trackedDocuments(store);
  const doc = await load(documentId);
  if (!doc) return { commitments: 0, links: 0, reread: 0 };
  const own = trackedCommitments(doc, lex);
  // Its promises as they were: a document they could be read for may now read others instead.
  const keys = new Set(own.map((c) => c.key));
  const before = (await repo.commitments({ documentId })).filter((c) => !keys.has(c.key));
  await repo.replaceCommitments(
    documentId,
    own.map((c) => ({ c, groups: termGroups(c) })),
  );
  await replaceDocumentTerms(repo.db, documentId, doc.date, doc.date ? documentTerms(doc, lex) : []);
  const later = new Set<string>();
  for (const c of [...own, ...before])
    for (const id of await finder.documentsFor(c)) {
      const d = await load(id);
      if (d && reportsLater(c, d)) later.add(id);
    }
  // And those its promises were linked to, whatever they name now.
  for (const l of await repo.links({ commitmentKeys: [...own, ...before].map((c) => c.key) }))
    later.add(l.evidence.documentId);
  later.delete(documentId);
  const reader = { repo, finder, load, lex, read: options.read ?? READ };
  for (const id of [...later].sort()) await readDocument(reader, id);
  const links = await readDocument(reader, documentId);
  return { commitments: own.length, links, reread: later.size };
}

/**
 * Reads one document against the best matched `read` earlier promises it may report on and
 * replaces the links whose evidence lies in it; returns how many it holds.
 */
async function readDocument(
  {
    repo,
    finder,
    load,
    lex,
    read,
  }: {
    repo: TrackingRepository;
    finder: CandidateFinder;
    load: Load;
    lex: ImplementationLexicon;
    read: number;
  },
  documentId: string,
): Promise<number> {
  const doc = await load(documentId);
  if (!doc) return 0;
  const accept = (c: TrackedCommitment) => c.documentId !== documentId && reportsLater(c, doc);
  const found = doc.date
    ? await finder.commitmentsFor(documentTerms(doc, lex), doc.date, { keep: mayReportOn(doc), accept, limit: read })
    : [];
  const links: StoredLink[] = [];
  for (const c of found) {
    const best = bestEvidence(c, doc, lex);
    if (best) links.push(best);
  }
  await repo.replaceEvidenceLinks(documentId, links);
  return links.length;
}
