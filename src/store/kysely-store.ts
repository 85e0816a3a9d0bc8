/**
 * @module kysely-store
 * The store, written once with Kysely for every SQL dialect. What differs between databases
 * comes from the `DialectConfig` (column types, JSON decoding, full-text index), never from a
 * test of the dialect's name.
 */
import { selectDocuments } from './queries/list-documents.ts';
import { selectStatementPage } from './queries/statement-page.ts';
import type { StatementPage, StatementPageQuery } from './statement-types.ts';
import { selectStatements, type StatementRowQuery, type StoredStatement } from './queries/statement-rows.ts';
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Analysis } from '../model/analysis.ts';
import type { Decision } from '../model/decision.ts';
import type { TreeNode } from '../model/node.ts';
import type { Database } from './database-schema.ts';
import type { DialectConfig } from './dialect-config.ts';
import type { BatchWriter } from './batch-writer.ts';
import { analysisRunRow, documentRowSet, type DocumentRowSet } from './document-row-set.ts';
import { migrateToLatest } from './migrations/migration-provider.ts';
import { parseSearchQuery } from './search-query.ts';
import { RANKED_MATCHES_CAP } from './search-filters.ts';
import type {
  AnnotationQuery,
  DocumentRecord,
  DocumentSummary,
  ListQuery,
  Page,
  PutOutcome,
  SearchPage,
  SearchQuery,
  Store,
  StoredAnnotation,
  StoredDocument,
} from './store.ts';
import type { AnalysisRun, StoreExtensions } from './store-extensions.ts';
import { AccountsStore } from './accounts/accounts-store.ts';
import { CustodyStore } from './custody/custody-store.ts';
import { EntityIndexStore } from './entities/entity-index-store.ts';
import { WatchStore } from './watch/watch-store.ts';
import { custodyInTransaction, decisionAudit } from './custody/custody-rows.ts';
import { clamp, paging, withoutNul } from './store-query-helpers.ts';
import {
  annotationRows,
  decisionRow,
  documentKind,
  toDecision,
  toStoredAnnotation,
  toSummary,
  type JsonDecoder,
} from './store-rows.ts';

/** The store over a Kysely instance; see `createSqliteStore` and `createPostgresStore`. */
export class KyselyStore implements Store, StoreExtensions {
  readonly capabilities: Store['capabilities'];
  /** The query builder, for tests and maintenance scripts. */
  readonly db: Kysely<Database>;
  readonly #config: DialectConfig;
  readonly #decode: JsonDecoder;
  readonly custody: CustodyStore;
  readonly accounts: AccountsStore;
  readonly watch: WatchStore;
  readonly entities: EntityIndexStore;
  readonly #writer: BatchWriter;
  /**
   * A value that moves whenever anything is committed to the database, cheap to read (SQLite:
   * `PRAGMA data_version` and `total_changes()`); absent where there is none (PostgreSQL).
   */
  changeCounter?: () => string;

  constructor(db: Kysely<Database>, config: DialectConfig, writer: BatchWriter) {
    this.db = db;
    this.#config = config;
    this.#writer = writer;
    this.capabilities = Object.freeze({ fullText: config.fullText.kind });
    this.custody = new CustodyStore(db, config);
    this.accounts = new AccountsStore(db, (input, trx) => this.custody.audit(input, trx));
    this.watch = new WatchStore(db);
    // A driver that parses JSON hands back values; text columns need parsing here.
    this.#decode = config.jsonParsedByDriver
      ? (raw) => raw
      : (raw) => (typeof raw === 'string' ? JSON.parse(raw) : raw);
    this.entities = new EntityIndexStore(db, this.#decode);
  }

  /** Statements across documents, filtered in SQL (src/store/queries/statement-rows.ts). */
  statements(query?: StatementRowQuery): Promise<StoredStatement[]> {
    return selectStatements(this.db, this.#config, this.#decode, query);
  }

  /** A page of statements, filtered, counted and faceted in SQL (src/store/queries/statement-page.ts). */
  statementPage(query: StatementPageQuery): Promise<StatementPage> {
    return selectStatementPage(this.db, this.#config, this.#decode, query);
  }

  async migrate(): Promise<void> {
    await migrateToLatest(this.db, this.#config);
  }
  async close(): Promise<void> {
    await this.db.destroy();
  }
  async putDocument(record: DocumentRecord): Promise<{ id: string; created: boolean }> {
    const [outcome] = await this.#put([record]);
    if ('error' in outcome) throw outcome.error;
    return { id: record.document.id, created: outcome.created };
  }

  async putDocuments(records: readonly DocumentRecord[]): Promise<PutOutcome[]> {
    const outcomes = await this.#put(records);
    return outcomes.map((outcome, i) => {
      const id = records[i].document.id;
      return 'error' in outcome
        ? { ok: false as const, id, error: outcome.error.message }
        : { ok: true as const, id, created: outcome.created };
    });
  }

  /** Rows built and checked per record, then one batch write of those that fit. */
  async #put(records: readonly DocumentRecord[]): Promise<({ created: boolean } | { error: Error })[]> {
    const now = new Date().toISOString();
    const outcomes: ({ created: boolean } | { error: Error } | undefined)[] = [];
    const sets: DocumentRowSet[] = [];
    const positions: number[] = [];
    const seen = new Set<string>();
    for (const [i, record] of records.entries()) {
      try {
        // The same content twice in one batch: the first is stored, the second was already there.
        if (seen.has(record.document.id)) {
          outcomes[i] = { created: false };
          continue;
        }
        sets.push(documentRowSet(record, now));
        seen.add(record.document.id);
        positions.push(i);
      } catch (error) {
        outcomes[i] = { error: error instanceof Error ? error : new Error(String(error)) };
      }
    }
    const custody = custodyInTransaction(this.custody, records);
    const written = sets.length ? await this.#writer.write(sets, custody) : [];
    for (const [k, outcome] of written.entries()) outcomes[positions[k]] = outcome;
    return outcomes as ({ created: boolean } | { error: Error })[];
  }

  async getDocument(id: string): Promise<StoredDocument | undefined> {
    const row = await this.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const summary = toSummary(row, this.#decode);
    return {
      ...summary,
      document: { id: row.id, text: row.text, meta: summary.meta },
      tree: this.#decode(row.tree) as TreeNode,
    };
  }

  async hasDocument(id: string): Promise<boolean> {
    const row = await this.db.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  /** Newest publication first (undated last), then newest ingest, then id (src/store/queries/list-documents.ts). */
  listDocuments(query: ListQuery = {}): Promise<Page<DocumentSummary>> {
    return selectDocuments(this.db, this.#decode, query);
  }

  async deleteDocument(id: string, by = 'unknown', reason?: string): Promise<boolean> {
    return (await this.custody.trash(id, by, reason)) !== undefined;
  }

  async getSource(id: string): Promise<Uint8Array | undefined> {
    const row = await this.db.selectFrom('sources').select('bytes').where('document_id', '=', id).executeTakeFirst();
    return row && new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength);
  }

  async putAnalysis(documentId: string, analysis: Analysis): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const doc = await trx
        .selectFrom('documents')
        .select(['meta', 'text'])
        .where('id', '=', documentId)
        .executeTakeFirst();
      if (!doc)
        throw new Error(`Cannot store an analysis for unknown document "${documentId}": store the document first`);
      await trx.deleteFrom('annotations').where('document_id', '=', documentId).execute();
      const declared = (this.#decode(doc.meta) as { kind?: string }).kind;
      await trx
        .updateTable('documents')
        .set({ kind: documentKind(declared, analysis) })
        .where('id', '=', documentId)
        .execute();
      await this.#writeAnalysis(trx, documentId, doc.text, analysis);
    });
  }

  async getAnnotations(annotationQuery: AnnotationQuery): Promise<StoredAnnotation[]> {
    const query = withoutNul(annotationQuery);
    let q = this.db.selectFrom('annotations').selectAll().where('layer', '=', query.layer);
    if (query.documentId) q = q.where('document_id', '=', query.documentId);
    if (query.entityId) q = q.where('entity_id', '=', query.entityId);
    if (query.limit !== undefined) q = q.limit(clamp(query.limit, 0, Number.MAX_SAFE_INTEGER));
    const rows = await q.orderBy('document_id').orderBy('span_start').orderBy('span_end').orderBy('id').execute();
    return rows.map((r) => toStoredAnnotation(r, this.#decode));
  }

  async search(searchQuery: SearchQuery): Promise<SearchPage> {
    const query = withoutNul(searchQuery);
    const expression = searchQuery.expression ?? parseSearchQuery(query.query ?? '');
    if (!expression.length) return { items: [], total: 0 };
    const page = paging(query);
    // Only the ranked matches can be paged through (one more is read only to tell a capped total).
    const limit = Math.max(0, Math.min(page.limit, RANKED_MATCHES_CAP - page.offset));
    return this.#config.fullText.search(this.db, expression, query, { limit, offset: page.offset });
  }

  async addDecision(decision: Decision): Promise<Decision> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('decisions')
        .values(decisionRow(decision))
        .returningAll()
        .executeTakeFirstOrThrow();
      const stored = toDecision(row, this.#decode);
      await this.custody.audit(decisionAudit(stored), trx);
      return stored;
    });
  }

  async listDecisions(decisionFilter: { target?: string; action?: string } = {}): Promise<Decision[]> {
    const filter = withoutNul(decisionFilter);
    let q = this.db.selectFrom('decisions').selectAll();
    if (filter.target) q = q.where('target', '=', filter.target);
    if (filter.action) q = q.where('action', '=', filter.action);
    const rows = await q.orderBy('id').execute();
    return rows.map((r) => toDecision(r, this.#decode));
  }

  async getAnalysisRun(documentId: string): Promise<AnalysisRun | undefined> {
    const row = await this.db
      .selectFrom('analysis_runs')
      .selectAll()
      .where('document_id', '=', documentId)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      documentId,
      versions: this.#decode(row.versions) as AnalysisRun['versions'],
      diagnostics: this.#decode(row.diagnostics) as AnalysisRun['diagnostics'],
      at: row.at,
    };
  }

  async listDocumentIds(): Promise<string[]> {
    const rows = await this.db.selectFrom('documents').select('id').orderBy('created_at').orderBy('id').execute();
    return rows.map((r) => r.id);
  }

  /** Annotations and a run record; the caller holds the transaction. */
  async #writeAnalysis(
    trx: Transaction<Database>,
    documentId: string,
    text: string,
    analysis: Analysis,
  ): Promise<void> {
    await this.#insertMany(trx, 'annotations', annotationRows(documentId, text, analysis));
    await trx
      .insertInto('analysis_runs')
      .values(analysisRunRow(documentId, analysis, new Date().toISOString()))
      .execute();
  }

  /** Inserts rows in chunks that stay under the dialect's parameter limit. */
  async #insertMany<T extends 'nodes' | 'passages' | 'annotations'>(
    trx: Transaction<Database>,
    table: T,
    rows: Insertable<Database[T]>[],
  ): Promise<void> {
    if (!rows.length) return;
    const size = Math.max(1, Math.floor(this.#config.maxParameters / Object.keys(rows[0]).length));
    for (let i = 0; i < rows.length; i += size)
      await trx
        .insertInto(table)
        .values(rows.slice(i, i + size) as any)
        .execute();
  }
}
