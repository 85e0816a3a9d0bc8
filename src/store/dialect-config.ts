/**
 * @module dialect-config
 * What differs between the SQL databases the store runs on, kept in one small object per
 * dialect so the shared store code never asks which database it talks to.
 */
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { SearchPage, SearchQuery } from './store.ts';
import type { Database } from './database-schema.ts';
import type { SearchExpression } from './search-query.ts';

/** The full-text index of one dialect: its schema and its one query. */
export interface FullTextIndex {
  readonly kind: 'fts5' | 'tsvector';
  /** Creates the index over `passages` (run once, by migration 002). */
  migrate(db: Kysely<any>): Promise<void>;
  /** Ranked hits for a non-empty expression, with the total count. */
  search(
    db: Kysely<Database>,
    expression: SearchExpression,
    query: SearchQuery,
    page: { limit: number; offset: number },
  ): Promise<SearchPage>;
}

/** The dialect differences the shared code relies on. */
export interface DialectConfig {
  /** Column type of a JSON value. */
  readonly jsonType: 'text' | 'jsonb';
  /** Column type of raw bytes. */
  readonly bytesType: 'blob' | 'bytea';
  /** Column type of a generated integer key (`integer` + autoincrement, or `serial`). */
  readonly autoIdType: 'integer' | 'serial';
  /** Adds what the key type needs beyond `primary key`. */
  readonly autoId: (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
  /** True when the driver hands JSON columns back already parsed. */
  readonly jsonParsedByDriver: boolean;
  /** Most bound parameters one statement may carry. */
  readonly maxParameters: number;
  readonly fullText: FullTextIndex;
  /**
   * Statements of migration 020: the batch writer indexes new passages itself, one statement per
   * batch, so a per-row trigger that does it row by row (SQLite's) is dropped; none elsewhere.
   */
  readonly passagesIndexedByWriter: readonly string[];
  /**
   * Statements of migration 140: the large values of new rows (document text and tree, source
   * bytes) compressed with a faster method than the default, where the server has one.
   */
  readonly fastCompression?: readonly string[];
  /** Statements that make `decisions` refuse UPDATE and DELETE. */
  readonly appendOnlyDecisions: readonly string[];
  /**
   * Triggers of migration 130 that keep `commitment_term_counts` (postings per term of the
   * tracker's term index, and the number of promises under `*`) right on every insert and
   * delete, cascades included.
   */
  readonly commitmentTermCounts: readonly string[];
  /** Statements that make the audit log refuse UPDATE and DELETE (migration 030). */
  readonly appendOnlyAudit: readonly string[];
  /**
   * Statements of migration 100: `fill` builds the per-entity tables from the stored mentions,
   * `triggers` keep them in step with every later write of `annotations`.
   */
  readonly entityIndex: { readonly fill: readonly string[]; readonly triggers: readonly string[] };
  /** Statements of migration 160: the entity index kept at a cost that follows the batch, not the store. */
  readonly entityIndexLookups?: readonly string[];
  /** Statements of migration 170: deleted mentions leave the entity index at a cost that follows the rows deleted. */
  readonly entityIndexRemovals?: readonly string[];
  /** Statements of migration 171: a batch writer may count its mentions into the entity index as sets. */
  readonly entityIndexBatchCounts?: readonly string[];
  /** Run in an audit append's transaction before it reads the chain's head (absent: writers are serial). */
  readonly lockAuditLog?: string;
  /**
   * The schema the store lives in, when it has one of its own: the migrator keeps its tables
   * there and looks for them only there (by name alone it would find another schema's).
   */
  readonly schema?: string;
  /** Runs before migrations (e.g. creates the PostgreSQL schema). */
  readonly prepare?: (db: Kysely<any>) => Promise<void>;
}
