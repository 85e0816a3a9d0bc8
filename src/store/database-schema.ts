/**
 * @module database-schema
 * The tables of the store as Kysely sees them, shared by both dialects. Offsets are UTF-16
 * code units (see `model/span.ts`) and are never used to slice text in SQL.
 */
import type { ColumnType, Generated } from 'kysely';

/** A JSON column: written as a JSON string, read back as whatever the driver returns (text or parsed). */
export type JsonColumn = ColumnType<unknown, string, string>;

export interface DocumentsTable {
  id: string;
  text: string;
  meta: JsonColumn;
  /** The whole tree as JSON: the exact shape round-trips (markers, notations). */
  tree: JsonColumn;
  title: string | null;
  file_name: string | null;
  /** `meta.kind`, else the kind the analysis inferred. */
  kind: string | null;
  language: string | null;
  publisher: string | null;
  published: string | null;
  length: number;
  clause_count: number;
  created_at: string;
}

export interface SourcesTable {
  document_id: string;
  bytes: Uint8Array;
  byte_length: number;
  format: string | null;
  encoding: string | null;
}

/** The tree's block nodes (no sentences) in pre-order, for queries that need nodes without parsing the JSON. */
export interface NodesTable {
  document_id: string;
  idx: number;
  parent_idx: number | null;
  depth: number;
  kind: string;
  label: string | null;
  span_start: number;
  span_end: number;
}

/** The searchable text of a document, cut so no text is indexed twice (see `search-passages.ts`). */
export interface PassagesTable {
  id: Generated<number>;
  document_id: string;
  node_idx: number;
  kind: string;
  label: string | null;
  span_start: number;
  span_end: number;
  body: string;
}

export interface AnnotationsTable {
  id: Generated<number>;
  document_id: string;
  layer: string;
  span_start: number;
  span_end: number;
  value: JsonColumn;
  source: string;
  confidence: number;
  /** `value.entityId` copied out so it can be indexed. */
  entity_id: string | null;
  /** The text an entity mention covers (its name when the span is empty); null on other layers. */
  surface: string | null;
}

/** Per entity of the machine's mentions, kept by triggers (migration 100). */
export interface EntitySummariesTable {
  entity_id: string;
  type: string;
  name: string;
  /** 1 when the entity is in the knowledge base. */
  known: number;
  mentions: number;
  documents: number;
}

/** Mentions of one entity in one document (migration 100). */
export interface EntityDocumentsTable {
  entity_id: string;
  document_id: string;
  mentions: number;
}

/** Documents two entities are both mentioned in, each pair in both directions (migration 100). */
export interface EntityPairsTable {
  entity_id: string;
  other_id: string;
  documents: number;
}

/** Mentions of one entity written one way (migration 100). */
export interface EntitySpellingsTable {
  entity_id: string;
  spelling: string;
  mentions: number;
}

export interface AnalysisRunsTable {
  id: Generated<number>;
  document_id: string;
  versions: JsonColumn;
  diagnostics: JsonColumn;
  at: string;
}

export interface DecisionsTable {
  id: Generated<number>;
  target: string;
  action: string;
  payload: JsonColumn;
  /** `by` is an SQL keyword. */
  decided_by: string;
  at: string;
  note: string | null;
}

/** Every job's visible record (see src/jobs/). Times are ISO strings. */
export interface JobsTable {
  id: string;
  type: string;
  key: string | null;
  payload: JsonColumn;
  state: string;
  attempts: number;
  max_attempts: number;
  run_after: string;
  error: string | null;
  progress_done: number | null;
  progress_total: number | null;
  result: JsonColumn | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

/** Every table of the store, by name. */
export interface Database {
  documents: DocumentsTable;
  sources: SourcesTable;
  nodes: NodesTable;
  passages: PassagesTable;
  annotations: AnnotationsTable;
  entity_summaries: EntitySummariesTable;
  entity_documents: EntityDocumentsTable;
  entity_pairs: EntityPairsTable;
  entity_spellings: EntitySpellingsTable;
  analysis_runs: AnalysisRunsTable;
  decisions: DecisionsTable;
  jobs: JobsTable;
  source_custody: SourceCustodyTable;
  trash: TrashTable;
  audit_log: AuditLogTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  watched_sources: WatchedSourcesTable;
  watched_items: WatchedItemsTable;
}

/** Who brought a source in, when, and its bytes' hash. Kept after deletion: it is the record. */
export interface SourceCustodyTable {
  document_id: string;
  sha256: string;
  byte_length: number;
  imported_by: string;
  imported_at: string;
}

/** A deleted document's original bytes, until it is restored. */
export interface TrashTable {
  document_id: string;
  title: string | null;
  file_name: string | null;
  media_type: string | null;
  bytes: Buffer;
  sha256: string;
  deleted_by: string;
  deleted_at: string;
  reason: string | null;
}

/** The audit log: append-only, each entry holding the hash of the one before. */
export interface AuditLogTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  /** Canonical JSON text, hashed exactly as stored. */
  details: string;
  prev_hash: string;
  hash: string;
}

/** An account (migration 060). `disabled` and `must_change_password` are 0 or 1. */
export interface UsersTable {
  id: string;
  name: string;
  role: string;
  /** argon2id PHC string. */
  password_hash: string;
  must_change_password: number;
  disabled: number;
  created_at: string;
  updated_at: string;
}

/** A signed-in browser: the SHA-256 of its cookie's secret, never the secret. */
export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

/** A script's bearer token: the SHA-256 of the token, never the token. */
export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** A source watched for new documents (migration 070). */
export interface WatchedSourcesTable {
  id: string;
  url: string;
  kind: string;
  format: string | null;
  interval_minutes: number;
  added_by: string;
  added_at: string;
  last_polled_at: string | null;
  last_error: string | null;
  failures: ColumnType<number, number | undefined, number>;
}

/** An item a watched source listed: first seen when, and the document it became. */
export interface WatchedItemsTable {
  source_id: string;
  item_key: string;
  url: string;
  title: string | null;
  first_seen_at: string;
  document_id: string | null;
  content_hash: string | null;
  ingested_at: string | null;
  error: string | null;
  attempts: ColumnType<number, number | undefined, number>;
}
