/**
 * @module document-meta-line
 * One muted line of a document's facts: kind (declared or analysed) · publisher · date · language · clauses.
 */
import type { DocumentSummary } from '../../store/store.ts';

/** The facts line. @example <DocumentMetaLine doc={summary} /> */
export function DocumentMetaLine({ doc }: { doc: DocumentSummary }) {
  const m = doc.meta;
  // A document without numbered clauses (most news) says nothing about clauses rather than "0 clauses".
  const clauses = doc.clauseCount ? `${doc.clauseCount} ${doc.clauseCount === 1 ? 'clause' : 'clauses'}` : undefined;
  const facts = [doc.kind, m.publisher, m.published, m.language?.toUpperCase(), clauses].filter(
    (f) => f && f !== 'unknown',
  );
  return <p class="meta">{facts.join(' · ')}</p>;
}
