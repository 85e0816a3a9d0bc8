/**
 * @module postgres-entity-lookups
 * PostgreSQL's statement of migration 160: the trigger that keeps the entity tables in step
 * with new mentions (migration 100) rewritten so that its cost follows the batch, not the store.
 * The first version asked `entity_documents` which (entity, document) rows were new through
 * anti-joins and joined a document's stored entities through a union with the whole table;
 * the planner answered both by reading all of `entity_documents` (three full scans per batch:
 * 28,625 rows at 2,000 documents, growing with every document). Here every lookup is one
 * index probe per row of the batch: a correlated scalar subquery on the primary key for "is
 * this (entity, document) new", and a lateral read of `entity_documents_by_document` for the
 * entities a document already has (a new document has none). Counts are as before.
 */
import { ENTITY_MENTION } from '../entity-index-fill.ts';
import { KNOWN, MENTIONS_COUNTED } from './postgres-entity-index.ts';

/** True when the mention row `row`'s (entity, document) is not in `entity_documents` yet: one primary-key probe. */
const NEW_PAIR = (row: string) =>
  `(select true from entity_documents e
     where e.entity_id = ${row}.entity_id and e.document_id = ${row}.document_id) is null`;

/**
 * Statements of migration 160: the trigger function of `entity_mentions_added` replaced in place
 * (the trigger stays), and `entity_pairs` without its ranking index. A batch of 200 documents
 * adds ~10,000 pair counts, most of them to rows that exist; with `documents` in an index every
 * such update wrote a new entry in both indexes. Without it, and with room left on each page
 * (fillfactor 70), an update stays on its page and touches no index (a HOT update). The one
 * reader of that order (an entity's most shared partners) reads the entity's pairs by the
 * primary key and keeps the top ones: at most one row per other entity.
 */
export const POSTGRES_ENTITY_LOOKUPS: readonly string[] = [
  'drop index if exists entity_pairs_rank',
  'alter table entity_pairs set (fillfactor = 70)',
  `create or replace function concord_entity_mentions_added() returns trigger language plpgsql as $$
   begin
     insert into entity_summaries as s (entity_id, type, name, known, mentions, documents)
       select g.entity_id, coalesce(a.value->>'type', 'other'), coalesce(a.value->>'name', g.entity_id),
         ${KNOWN('a')}, g.n, g.fresh
       from (select d.entity_id, min(d.first) as first, sum(d.n) as n, count(*) filter (where d.fresh) as fresh
             from (select m.entity_id, min(m.id) as first, count(*) as n, ${NEW_PAIR('m')} as fresh
                   from added m where m.${ENTITY_MENTION} group by m.entity_id, m.document_id) d
             group by d.entity_id) g
       join added a on a.id = g.first
       order by g.entity_id
       on conflict (entity_id) do update
         set mentions = s.mentions + excluded.mentions, documents = s.documents + excluded.documents;
     -- New (entity, document) rows pair with the document's entities, stored and new, both ways.
     with fresh as materialized (
       select distinct m.entity_id, m.document_id from added m where m.${ENTITY_MENTION} and ${NEW_PAIR('m')}),
     stored as materialized (
       select o.entity_id, o.document_id from (select distinct document_id from fresh) f
         cross join lateral (select e.entity_id, e.document_id from entity_documents e
                             where e.document_id = f.document_id offset 0) o)
     insert into entity_pairs as p (entity_id, other_id, documents)
       select a, b, count(*) from (
         select f.entity_id collate "C" as a, o.entity_id collate "C" as b from fresh f
           join (select entity_id, document_id from stored union all select entity_id, document_id from fresh) o
           on o.document_id = f.document_id and o.entity_id <> f.entity_id
         union all
         select o.entity_id collate "C", f.entity_id collate "C" from fresh f
           join stored o on o.document_id = f.document_id and o.entity_id <> f.entity_id
       ) x group by a, b order by a, b -- byte order (collation C): cheaper to sort, one lock order all the same
       on conflict (entity_id, other_id) do update set documents = p.documents + excluded.documents;
     ${MENTIONS_COUNTED};
     return null;
   end $$`,
];
