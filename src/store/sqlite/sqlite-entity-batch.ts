/**
 * @module sqlite-entity-batch
 * The entity index (migration 100) kept by SQLite's batch writer as sets (migration 171, issue
 * 12). Migration 100's row triggers ran four statements per new mention and two more per new
 * (entity, document): about three quarters of the write path's CPU on a batch of corpus
 * documents. While `entity_index_deferred` holds a row, those two insert triggers do not fire;
 * the batch writer puts the row in at the start of its transaction, writes its documents, counts
 * their mentions with the four statements of `ENTITY_BATCH_COUNTS` and takes the row out before
 * the commit, so no other connection ever sees it. Every other write (one document's re-analysis,
 * deletes, other processes) still goes through the triggers.
 *
 * The batch's documents are new (a document already stored is skipped, with its rows), so none
 * of their (entity, document) rows exist yet: each of the batch's mentions is counted once, each
 * of its (entity, document) rows is a new document for the entity, and every two entities of one
 * of its documents share one more document.
 */
import { ENTITY_MENTION } from '../entity-index-fill.ts';
import { documentAddedTrigger, mentionAddedTrigger } from './sqlite-entity-index.ts';

/** The condition under which the insert triggers stand aside. */
const DEFERRED = 'exists (select 1 from entity_index_deferred)';

/** Statements of migration 171: the flag table and the two insert triggers that honour it. */
export const SQLITE_ENTITY_DEFERRAL: readonly string[] = [
  'create table if not exists entity_index_deferred (deferred integer primary key)',
  'drop trigger if exists entity_mention_added',
  mentionAddedTrigger(DEFERRED),
  'drop trigger if exists entity_document_added',
  documentAddedTrigger(DEFERRED),
];

/** Puts the flag in (inside the batch's transaction). */
export const DEFER_ENTITY_INDEX = 'insert into entity_index_deferred (deferred) values (1)';
/** Takes it out again, before the commit. */
export const RESUME_ENTITY_INDEX = 'delete from entity_index_deferred';

/** The mentions of the batch's documents, whose ids are the JSON array parameter `@ids`. */
const BATCH_MENTIONS = `annotations where document_id in (select value from json_each(@ids)) and ${ENTITY_MENTION}`;
const SPELLING = `coalesce(surface, json_extract(value, '$.name'), '')`;

/**
 * The batch's mentions counted into the four tables, in this order (pairs read the batch's
 * `entity_documents` rows). Type and name of a new entity come from its first mention, as the
 * row trigger and the fill of migration 100 take them.
 */
export const ENTITY_BATCH_COUNTS: readonly string[] = [
  `insert into entity_summaries (entity_id, type, name, known, mentions, documents)
     select g.entity_id, coalesce(json_extract(a.value, '$.type'), 'other'),
       coalesce(json_extract(a.value, '$.name'), g.entity_id), coalesce(json_extract(a.value, '$.known'), 0), g.n, g.d
     from (select entity_id, min(id) as first, count(*) as n, count(distinct document_id) as d
           from ${BATCH_MENTIONS} group by entity_id) g
     join annotations a on a.id = g.first
     where true
     on conflict (entity_id) do update
       set mentions = mentions + excluded.mentions, documents = documents + excluded.documents`,
  `insert into entity_documents (entity_id, document_id, mentions)
     select entity_id, document_id, count(*) from ${BATCH_MENTIONS} group by entity_id, document_id`,
  `insert into entity_pairs (entity_id, other_id, documents)
     select d.entity_id, o.entity_id, count(*) from entity_documents d
       join entity_documents o on o.document_id = d.document_id and o.entity_id <> d.entity_id
     where d.document_id in (select value from json_each(@ids))
     group by d.entity_id, o.entity_id
     on conflict (entity_id, other_id) do update set documents = documents + excluded.documents`,
  `insert into entity_spellings (entity_id, spelling, mentions)
     select entity_id, ${SPELLING}, count(*) from ${BATCH_MENTIONS} group by entity_id, ${SPELLING}
     on conflict (entity_id, spelling) do update set mentions = mentions + excluded.mentions`,
];
