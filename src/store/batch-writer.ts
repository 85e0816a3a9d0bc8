/**
 * @module batch-writer
 * How a dialect writes many documents' rows at once (see `sqlite/sqlite-batch-writer.ts` and
 * `postgres/postgres-batch-writer.ts`). Each document is atomic: after a writer returns, every
 * document is either wholly stored, already there, or wholly absent with its error.
 */
import type { Kysely } from 'kysely';
import type { Database } from './database-schema.ts';
import type { DocumentRowSet } from './document-row-set.ts';

/** What became of one document of a batch. */
export type RowSetOutcome = { readonly created: boolean } | { readonly error: Error };

/**
 * Runs inside the batch's transaction, after its rows, with a handle on that transaction and
 * the ids of the documents it created: what it writes commits with the documents or not at all
 * (the custody record and audit entry of each import). Throwing rolls the batch back.
 */
export type InTransaction = (trx: Kysely<Database>, created: ReadonlySet<string>) => Promise<void>;

/** Writes row sets; outcomes are in the order of the sets. */
export interface BatchWriter {
  write(sets: readonly DocumentRowSet[], inTransaction?: InTransaction): Promise<RowSetOutcome[]>;
}

/** The column names of each table, in the order writers bind them. */
export const COLUMNS = {
  documents: [
    'id',
    'text',
    'meta',
    'tree',
    'title',
    'file_name',
    'kind',
    'language',
    'publisher',
    'published',
    'length',
    'clause_count',
    'created_at',
  ],
  sources: ['document_id', 'bytes', 'byte_length', 'format', 'encoding'],
  nodes: ['document_id', 'idx', 'parent_idx', 'depth', 'kind', 'label', 'span_start', 'span_end'],
  passages: ['document_id', 'node_idx', 'kind', 'label', 'span_start', 'span_end', 'body'],
  annotations: [
    'document_id',
    'layer',
    'span_start',
    'span_end',
    'value',
    'source',
    'confidence',
    'entity_id',
    'surface',
  ],
  analysis_runs: ['document_id', 'versions', 'diagnostics', 'at'],
} as const;

/** A table the writers fill. */
export type WrittenTable = keyof typeof COLUMNS;

/** A row's values in the table's column order (absent optional values as null). */
export function rowValues(table: WrittenTable, row: object): unknown[] {
  const record = row as Record<string, unknown>;
  return COLUMNS[table].map((column) => record[column] ?? null);
}
