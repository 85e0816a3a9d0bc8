/**
 * @module document-meta-line
 * One muted line of a document's facts: kind · publisher · date · language · clauses.
 */
import type { DocumentSummary } from '../../store/store.ts';

/** The title a document is shown under: its title, else file name, else id. */
export function displayTitle(doc: Pick<DocumentSummary, 'id' | 'meta'>): string {
  return doc.meta.title?.trim() || doc.meta.fileName || doc.id;
}

/** The facts line. @example <DocumentMetaLine doc={summary} /> */
export function DocumentMetaLine({ doc }: { doc: DocumentSummary }) {
  const m = doc.meta;
  // A document without numbered clauses (most news) says nothing about clauses rather than "0 clauses".
  const clauses = doc.clauseCount ? `${doc.clauseCount} ${doc.clauseCount === 1 ? 'clause' : 'clauses'}` : undefined;
  const facts = [m.kind, m.publisher, m.published, m.language?.toUpperCase(), clauses].filter(
    (f) => f && f !== 'unknown',
  );
  return <p class="meta">{facts.join(' · ')}</p>;
}
