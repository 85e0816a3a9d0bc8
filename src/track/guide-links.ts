/**
 * @module guide-links
 * The `links` of a document's analysis JSON (GUIDE.md): the evidence it holds for statements of
 * earlier documents, as `{statement: {document, clause}, relation, text}`. Repeats are not a
 * GUIDE relation, rejected links are left out, so is a meeting's coverage that another report
 * of the same meeting stands for (`coveredElsewhere`), and a clause is listed once (the GUIDE
 * keys a statement by its clause): a contradiction before a fulfilment before progress, then
 * the surest.
 */
import type { AnalysisLink } from '../export/analysis-json.ts';
import { GUIDE_LINK_RELATIONS, LINK_PRIORITY } from '../model/link.ts';
import type { Store } from '../store/store.ts';
import { coveredElsewhere } from './meeting-coverage.ts';
import { loadReviews, reviewed } from './reviews.ts';
import { TrackingRepository, trackingDb } from './tracking-repository.ts';

export type GuideLink = AnalysisLink;

/** Links whose evidence lies in the document, in the GUIDE's shape. */
export async function guideLinksOf(store: Store, documentId: string): Promise<GuideLink[]> {
  const repo = new TrackingRepository(trackingDb(store));
  const [stored, reviews, doc] = await Promise.all([
    repo.links({ documentId }),
    loadReviews(store),
    store.getDocument(documentId),
  ]);
  if (!doc) return [];
  const listed = stored
    .map((l) => reviewed(l, reviews))
    .filter((l) => l.review !== 'rejected' && GUIDE_LINK_RELATIONS.includes(l.kind));
  const elsewhere = await coveredElsewhere(store, listed, reviews);
  const best = new Map<string, ReturnType<typeof reviewed>>();
  for (const link of listed) {
    if (elsewhere.has(link.key)) continue;
    const key = `${link.from.documentId}#${link.from.clause}`;
    const held = best.get(key);
    const rank = (l: typeof link) => LINK_PRIORITY[l.kind] * 10 + l.confidence + (l.review === 'confirmed' ? 100 : 0);
    if (!held || rank(link) > rank(held)) best.set(key, link);
  }
  const names = new Map<string, string>();
  const out: GuideLink[] = [];
  for (const link of best.values()) {
    let name = names.get(link.from.documentId);
    if (!name) {
      const from = await store.getDocument(link.from.documentId);
      name = from?.meta.fileName ?? link.from.documentId;
      names.set(link.from.documentId, name);
    }
    out.push({
      statement: { document: name, clause: link.from.clause },
      relation: link.kind,
      text: doc.document.text.slice(link.evidence.start, link.evidence.end),
    });
  }
  return out.sort((a, b) => a.statement.document.localeCompare(b.statement.document) || cmp(a, b));
}

function cmp(a: GuideLink, b: GuideLink): number {
  return a.statement.clause.localeCompare(b.statement.clause, undefined, { numeric: true });
}
