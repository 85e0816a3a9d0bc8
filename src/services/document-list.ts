/**
 * @module document-list
 * The documents listing the API and the list page serve: a page in the list's order and the
 * count of every match (a few milliseconds at 20,000 documents), kept per state of the store.
 */
import type { z } from 'zod';
import type { DocumentSummary, Page, Store } from '../store/store.ts';
import type { listDocumentsQuerySchema } from './query-schemas.ts';
import { stampedMemo } from './stamped-memo.ts';

/** The listing's query as both front ends parse it. */
export type DocumentListQuery = z.infer<typeof listDocumentsQuerySchema>;

/** One page of the listing. @example await listDocumentsPage(store, { limit: 50, offset: 0 }) */
export function listDocumentsPage(store: Store, q: DocumentListQuery): Promise<Page<DocumentSummary>> {
  const query = {
    limit: q.limit,
    offset: q.offset,
    kind: q.kind,
    language: q.language,
    publisher: q.publisher,
    text: q.q,
    entityId: q.entity,
  };
  return stampedMemo(store, JSON.stringify(['documents', query]), () => store.listDocuments(query));
}
