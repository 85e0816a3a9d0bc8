/**
 * @module sqlite-dialect-config
 * The SQLite side of the dialect differences: JSON as text, bytes as blob, FTS5 search,
 * append-only decisions by RAISE triggers.
 */
import type { DialectConfig } from '../dialect-config.ts';
import { sqliteEntityIndex } from './sqlite-entity-index.ts';
import { SQLITE_ENTITY_DEFERRAL } from './sqlite-entity-batch.ts';
import { SQLITE_ENTITY_REMOVALS } from './sqlite-entity-removals.ts';
import { sqliteFullText } from './sqlite-full-text.ts';

/** SQLite (better-sqlite3). */
export const sqliteDialectConfig: DialectConfig = Object.freeze({
  jsonType: 'text',
  bytesType: 'blob',
  autoIdType: 'integer',
  // AUTOINCREMENT: ids of deleted rows are never reused, so a decision id stays unique forever.
  autoId: (column) => column.autoIncrement(),
  jsonParsedByDriver: false,
  // SQLite ≥ 3.32 allows 32766 bound parameters; keep a margin.
  maxParameters: 30000,
  fullText: sqliteFullText,
  // The batch writer adds new passages to the FTS5 index with one statement per batch, four
  // times faster than this trigger's row-by-row inserts (measured on 2,000 corpus variants).
  passagesIndexedByWriter: ['drop trigger passages_fts_insert'],
  appendOnlyDecisions: [
    `create trigger decisions_no_update before update on decisions ` +
      `begin select raise(abort, 'decisions are append-only'); end`,
    `create trigger decisions_no_delete before delete on decisions ` +
      `begin select raise(abort, 'decisions are append-only'); end`,
  ],
  // Foreign-key cascades fire these too, so removing a document keeps the counts right.
  commitmentTermCounts: [
    `create trigger commitment_terms_counted after insert on commitment_terms begin ` +
      `insert into commitment_term_counts(term, postings) values (new.term, 1) ` +
      `on conflict(term) do update set postings = postings + 1; end`,
    `create trigger commitment_terms_uncounted after delete on commitment_terms begin ` +
      `update commitment_term_counts set postings = postings - 1 where term = old.term; end`,
    `create trigger tracked_commitments_counted after insert on tracked_commitments begin ` +
      `insert into commitment_term_counts(term, postings) values ('*', 1) ` +
      `on conflict(term) do update set postings = postings + 1; end`,
    `create trigger tracked_commitments_uncounted after delete on tracked_commitments begin ` +
      `update commitment_term_counts set postings = postings - 1 where term = '*'; end`,
  ],
  appendOnlyAudit: [
    `create trigger audit_log_no_update before update on audit_log ` +
      `begin select raise(abort, 'the audit log is append-only'); end`,
    `create trigger audit_log_no_delete before delete on audit_log ` +
      `begin select raise(abort, 'the audit log is append-only'); end`,
  ],
  entityIndex: sqliteEntityIndex,
  // Migration 160: every new (entity, document) updates its pairs' counts; with the counts in
  // an index each update moved an index entry too (a third of the write path's CPU on 600
  // corpus variants: 2.85 → 1.88 ms a document without it). An entity's partners are read by
  // the primary key and the top ones kept.
  entityIndexLookups: ['drop index if exists entity_pairs_rank'],
  // Migration 170: removals look pairs up by key (sqlite-entity-removals.ts).
  entityIndexRemovals: SQLITE_ENTITY_REMOVALS,
  // Migration 171: the batch writer counts its mentions as sets (sqlite-entity-batch.ts).
  entityIndexBatchCounts: SQLITE_ENTITY_DEFERRAL,
} satisfies DialectConfig);
