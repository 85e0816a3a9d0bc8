/**
 * @module store
 * The one storage interface. Adapters (`sqlite/`, `postgres/`) implement it with the same
 * files; one contract test suite runs against both. All writes of one document happen in one
 * transaction: after an error nothing of that document is stored.
 */
import type { Analysis } from '../model/analysis.ts';
import type { Annotation } from '../model/annotation.ts';
import type { Decision } from '../model/decision.ts';
import type { Document, DocumentMeta } from '../model/document.ts';
import type { TreeNode } from '../model/node.ts';
import type { AccountsStore } from './accounts/accounts-store.ts';
import type { CustodyStore } from './custody/custody-store.ts';
import type { EntityIndex } from './entities/entity-index.ts';
import type { WatchStore } from './watch/watch-store.ts';
import type { SearchExpression } from './search-query.ts';
import type { StatementPage, StatementPageQuery, StatementRowQuery, StoredStatement } from './statement-types.ts';

/** What ingest hands the store for one document. */
export interface DocumentRecord {
  readonly document: Document;
  readonly tree: TreeNode;
  /** The original bytes as received (kept as the source of provenance), if any. */
  readonly source?: Uint8Array;
  readonly analysis?: Analysis;
  /** Who brings the source in (CLI user, 'web'); recorded with its hash and the time, and audited. */
  readonly custody?: { readonly by: string; readonly at?: string; readonly restores?: string };
}

export interface DocumentSummary {
  readonly id: string;
  readonly meta: DocumentMeta;
  /**
   * The title to show: the header's, else the first heading or title line, else the meeting's name,
   * else the file name.
   */
  readonly title: string;
  /** The kind the header declares, else the one the analysis inferred; null when neither says. */
  readonly kind: string | null;
  /** Length of the text in UTF-16 code units. */
  readonly length: number;
  readonly clauseCount: number;
  /** ISO timestamp of first ingest. */
  readonly createdAt: string;
}

export interface StoredDocument extends DocumentSummary {
  readonly document: Document;
  readonly tree: TreeNode;
}

export interface ListQuery {
  readonly limit?: number;
  readonly offset?: number;
  /** Filter by `meta.kind` (or the analysed document kind). */
  readonly kind?: string;
  readonly language?: string;
  readonly publisher?: string;
  /** Substring of title or file name. */
  readonly text?: string;
  /** Only documents with a mention of this entity id. */
  readonly entityId?: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
}

export interface SearchQuery {
  readonly query: string;
  /** An already parsed (e.g. name-widened, see src/search/) expression, used instead of `query`. */
  readonly expression?: SearchExpression;
  readonly limit?: number;
  readonly offset?: number;
  readonly kind?: string;
  readonly entityId?: string;
  /** Only documents published after this ISO date, or whose date is unknown. */
  readonly publishedAfter?: string;
}

/** A page of search hits. */
export interface SearchPage extends Page<SearchHit> {
  /**
   * True when more passages match than search ranks (see RANKED_MATCHES_CAP in search-filters.ts):
   * `total` is then a lower bound and the hits the best of the first matches.
   */
  readonly capped?: boolean;
}

export interface SearchHit {
  readonly documentId: string;
  readonly title: string | null;
  readonly fileName: string | null;
  /** The node hit (a clause, paragraph or heading) and its label. */
  readonly nodeKind: string;
  readonly label: string | null;
  readonly start: number;
  readonly end: number;
  /** Snippet with matches wrapped in `\u0002` … `\u0003` (the server turns them into <mark> after escaping). */
  readonly snippet: string;
  /** Higher is better. */
  readonly score: number;
}

export interface AnnotationQuery {
  readonly layer: string;
  readonly documentId?: string;
  /** Match on the annotation's `value.entityId` (entities layer). */
  readonly entityId?: string;
  readonly limit?: number;
}

export interface StoredAnnotation extends Annotation {
  readonly documentId: string;
  /** An entity mention's text as written in the document (see migration 100). */
  readonly surface?: string;
}

/** What became of one document of `putDocuments`. */
export type PutOutcome =
  | { readonly ok: true; readonly id: string; readonly created: boolean }
  | { readonly ok: false; readonly id: string; readonly error: string };

export interface Store {
  /** Capability flags, for the rare place that must know (never branch on the dialect name). */
  readonly capabilities: { readonly fullText: 'fts5' | 'tsvector' };
  /** Runs pending versioned migrations. Safe to call at every start. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /** Stores a document, its tree, source and analysis atomically. Same id again: nothing added, `created: false`. */
  putDocument(record: DocumentRecord): Promise<{ id: string; created: boolean }>;
  /**
   * Stores many documents in few round trips; each is atomic on its own, so a bad one fails
   * alone (its outcome says why) and the others are stored. Outcomes are in the records' order.
   */
  putDocuments(records: readonly DocumentRecord[]): Promise<PutOutcome[]>;
  getDocument(id: string): Promise<StoredDocument | undefined>;
  /** Whether a document with this id is stored (cheap: ingest asks before analysing). */
  hasDocument(id: string): Promise<boolean>;
  listDocuments(query?: ListQuery): Promise<Page<DocumentSummary>>;
  /**
   * Soft-deletes a document: it leaves every listing with its nodes and annotations, its
   * original bytes go to the trash (restorable), and `by` is recorded in the audit log.
   * False when absent.
   */
  deleteDocument(id: string, by?: string, reason?: string): Promise<boolean>;
  getSource(id: string): Promise<Uint8Array | undefined>;

  /**
   * Replaces the machine annotations of a document (atomically); reviewed decisions are kept
   * elsewhere and untouched.
   */
  putAnalysis(documentId: string, analysis: Analysis): Promise<void>;
  getAnnotations(query: AnnotationQuery): Promise<StoredAnnotation[]>;

  /** Statements across documents with their text, title and meeting; document and kind filtered by the database. */
  statements(query?: StatementRowQuery): Promise<StoredStatement[]>;
  /** One page of statements with the total and the facet counts, all computed by the database. */
  statementPage(query: StatementPageQuery): Promise<StatementPage>;

  /** Ranked full-text search over clauses, paragraphs and headings. */
  search(query: SearchQuery): Promise<SearchPage>;

  /** Custody of sources, the trash (soft deletion, restore) and the hash-chained audit log. */
  readonly custody: CustodyStore;
  /** Monitored sources (feeds, sitemaps, pages) and the items they listed (issue 12). */
  readonly watch: WatchStore;

  /** The machine's mentions counted per entity, for the catalogue and profiles (migration 100). */
  readonly entities: EntityIndex;

  /** Users, sessions and API tokens (src/accounts/ holds the rules). */
  readonly accounts: AccountsStore;

  /** Appends a reviewer's decision (and its audit entry); returns it with its id. */
  addDecision(decision: Decision): Promise<Decision>;
  listDecisions(filter?: { target?: string; action?: string }): Promise<Decision[]>;
}
