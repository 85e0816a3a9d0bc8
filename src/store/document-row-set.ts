/**
 * @module document-row-set
 * Everything one document adds to the store, as rows, built and checked in memory before any
 * database is touched: a record that cannot be stored (a tree outside its text, a value JSON
 * cannot hold) fails here, alone, and the batch writers only ever see rows that fit.
 */
import type { Insertable } from 'kysely';
import type {
  AnalysisRunsTable,
  AnnotationsTable,
  DocumentsTable,
  NodesTable,
  PassagesTable,
  SourcesTable,
} from './database-schema.ts';
import { flattenTree } from './flatten-tree.ts';
import { searchPassages } from './search-passages.ts';
import type { DocumentRecord } from './store.ts';
import { annotationRows, assertTreeFits, documentRow, nodeRows } from './store-rows.ts';

/** The rows of one document, table by table. */
export interface DocumentRowSet {
  readonly id: string;
  readonly document: Insertable<DocumentsTable>;
  readonly source?: Insertable<SourcesTable>;
  readonly nodes: readonly Insertable<NodesTable>[];
  readonly passages: readonly Insertable<PassagesTable>[];
  readonly annotations: readonly Insertable<AnnotationsTable>[];
  readonly run?: Insertable<AnalysisRunsTable>;
}

/**
 * The rows of a record; throws when the record cannot be stored.
 * @example const rows = documentRowSet(record, new Date().toISOString());
 */
export function documentRowSet(record: DocumentRecord, now: string): DocumentRowSet {
  const id = record.document.id;
  const flat = flattenTree(record.tree);
  assertTreeFits(record.document.text, flat);
  const passages = searchPassages(record.document.text, flat).map((p) => ({
    document_id: id,
    node_idx: p.nodeIdx,
    kind: p.kind,
    label: p.label,
    span_start: p.start,
    span_end: p.end,
    body: p.body,
  }));
  const { analysis } = record;
  return {
    id,
    document: documentRow(record, flat, now),
    ...(record.source ? { source: sourceRow(record) } : {}),
    nodes: nodeRows(id, flat),
    passages,
    annotations: analysis ? annotationRows(id, record.document.text, analysis) : [],
    ...(analysis ? { run: analysisRunRow(id, analysis, now) } : {}),
  };
}

/** The record of one analysis run: the step versions and diagnostics. */
export function analysisRunRow(
  documentId: string,
  analysis: NonNullable<DocumentRecord['analysis']>,
  at: string,
): Insertable<AnalysisRunsTable> {
  return {
    document_id: documentId,
    versions: JSON.stringify(analysis.versions ?? {}),
    diagnostics: JSON.stringify(analysis.diagnostics ?? []),
    at,
  };
}

/** The source row; Buffer is what both drivers bind as blob/bytea. */
function sourceRow(record: DocumentRecord): Insertable<SourcesTable> {
  const source = record.source!;
  return {
    document_id: record.document.id,
    bytes: Buffer.from(source.buffer, source.byteOffset, source.byteLength),
    byte_length: source.byteLength,
    format: record.document.meta.format ?? null,
    encoding: record.document.meta.encoding ?? null,
  };
}
