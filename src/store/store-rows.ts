/**
 * @module store-rows
 * Turns what callers hand the store into table rows, and rows back. Pure: no database here.
 */
import type { Analysis } from '../model/analysis.ts';
import type { Annotation } from '../model/annotation.ts';
import type { Decision } from '../model/decision.ts';
import { isValidSpan } from '../model/span.ts';
import type { Insertable, Selectable } from 'kysely';
import { countClauses } from './count-clauses.ts';
import type { AnnotationsTable, DecisionsTable, DocumentsTable, NodesTable } from './database-schema.ts';
import { displayTitle } from './display-title.ts';
import type { FlatNode } from './flatten-tree.ts';
import type { DocumentRecord, DocumentSummary, StoredAnnotation } from './store.ts';

/** Reads a JSON column whichever way the driver returns it. */
export type JsonDecoder = (raw: unknown) => unknown;

/** The document row (JSON columns already encoded). */
export function documentRow(
  record: DocumentRecord,
  _flat: readonly FlatNode[],
  createdAt: string,
): Insertable<DocumentsTable> {
  const { document, tree } = record;
  const meta = document.meta;
  return {
    id: document.id,
    text: document.text,
    meta: JSON.stringify(meta),
    tree: JSON.stringify(tree),
    title: displayTitle(document, tree, record.analysis),
    file_name: meta.fileName ?? null,
    kind: documentKind(meta.kind, record.analysis),
    language: meta.language ?? null,
    publisher: meta.publisher ?? null,
    published: meta.published ?? null,
    length: document.text.length,
    clause_count: countClauses(tree),
    created_at: createdAt,
  };
}

/** Throws when a node's span does not lie inside the text: a broken tree is refused, not stored. */
export function assertTreeFits(text: string, flat: readonly FlatNode[]): void {
  const bad = flat.find(({ node }) => !isValidSpan(node, text.length));
  if (bad)
    throw new Error(
      `Tree node #${bad.idx} (${bad.node.kind}) has span [${bad.node.start}, ${bad.node.end}) ` +
        `outside the text of length ${text.length}: rebuild the tree from this text`,
    );
}

/** The kind the source declares, else the one the analysis inferred (layer `documentKind`). */
export function documentKind(declared: string | undefined, analysis: Analysis | undefined): string | null {
  if (declared) return declared;
  const inferred = analysis?.layers.documentKind?.[0]?.value as { kind?: unknown } | undefined;
  return typeof inferred?.kind === 'string' ? inferred.kind : null;
}

/**
 * The node rows of a flattened tree: every node but sentences, which are leaves and were half
 * of all rows (the tree JSON holds them; nothing looks them up by row). Indexes stay those of
 * the full pre-order walk, so `passages.node_idx` and `parent_idx` still point at these rows.
 */
export function nodeRows(documentId: string, flat: readonly FlatNode[]): Insertable<NodesTable>[] {
  return flat
    .filter(({ node }) => node.kind !== 'sentence')
    .map(({ node, idx, parentIdx, depth }) => ({
      document_id: documentId,
      idx,
      parent_idx: parentIdx,
      depth,
      kind: node.kind,
      label: node.label ?? null,
      span_start: node.start,
      span_end: node.end,
    }));
}

/**
 * The annotation rows of an analysis of `text`, layer by layer; throws when a value cannot be
 * serialised. Entity mentions carry their surface, which the entity index counts (migration 100).
 */
export function annotationRows(documentId: string, text: string, analysis: Analysis): Insertable<AnnotationsTable>[] {
  const rows: Insertable<AnnotationsTable>[] = [];
  for (const [layer, annotations] of Object.entries(analysis.layers)) {
    for (const a of annotations) rows.push(annotationRow(documentId, text, layer, a));
  }
  return rows;
}

function annotationRow(documentId: string, text: string, layer: string, a: Annotation): Insertable<AnnotationsTable> {
  const value = JSON.stringify(a.value ?? null);
  const entityId = entityIdOf(a.value);
  const isMention = (a.layer ?? layer) === 'entities' && entityId !== null;
  return {
    document_id: documentId,
    layer: a.layer ?? layer,
    span_start: a.start,
    span_end: a.end,
    value,
    source: a.source,
    confidence: a.confidence,
    entity_id: entityId,
    // An empty span reads as the entity's name, as the catalogue has always shown it.
    surface: isMention ? text.slice(a.start, a.end) || String((a.value as { name?: unknown }).name ?? '') : null,
  };
}

/** `value.entityId` when it is a string. */
export function entityIdOf(value: unknown): string | null {
  const id = value && typeof value === 'object' ? (value as { entityId?: unknown }).entityId : undefined;
  return typeof id === 'string' ? id : null;
}

/** A stored annotation from its row. */
export function toStoredAnnotation(row: Selectable<AnnotationsTable>, decode: JsonDecoder): StoredAnnotation {
  return {
    documentId: row.document_id,
    layer: row.layer,
    start: Number(row.span_start),
    end: Number(row.span_end),
    value: decode(row.value),
    source: row.source,
    confidence: Number(row.confidence),
    ...(row.surface !== null && row.surface !== undefined ? { surface: row.surface } : {}),
  };
}

/** The summary of a document from its row. */
export function toSummary(
  row: Pick<Selectable<DocumentsTable>, 'id' | 'meta' | 'title' | 'kind' | 'length' | 'clause_count' | 'created_at'>,
  decode: JsonDecoder,
): DocumentSummary {
  const meta = decode(row.meta) as DocumentSummary['meta'];
  return {
    id: row.id,
    meta,
    title: row.title ?? meta.fileName ?? row.id,
    kind: row.kind,
    length: Number(row.length),
    clauseCount: Number(row.clause_count),
    createdAt: row.created_at,
  };
}

/** The decision row. */
export function decisionRow(decision: Decision): Insertable<DecisionsTable> {
  return {
    target: decision.target,
    action: decision.action,
    payload: JSON.stringify(decision.payload ?? {}),
    decided_by: decision.by,
    at: decision.at,
    note: decision.note ?? null,
  };
}

/** A decision from its row. */
export function toDecision(row: Selectable<DecisionsTable>, decode: JsonDecoder): Decision {
  return {
    id: Number(row.id),
    target: row.target,
    action: row.action,
    payload: decode(row.payload) as Record<string, unknown>,
    by: row.decided_by,
    at: row.at,
    ...(row.note !== null ? { note: row.note } : {}),
  };
}
