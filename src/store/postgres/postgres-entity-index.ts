/**
 * @module postgres-entity-index
 * PostgreSQL's statements of migration 100: the per-entity tables filled from the mentions
 * already stored, then kept in step by statement triggers on `annotations` that read the
 * statement's rows as a transition table (a COPY of a whole batch is one statement, so its
 * mentions are counted in a few set operations, not a trigger call per row). Rows of the
 * summaries are locked in entity order, so concurrent writers wait for each other but never
 * deadlock.
 */
import type { DialectConfig } from '../dialect-config.ts';
import { ENTITY_MENTION, FILL_ENTITY_DOCUMENTS, FILL_ENTITY_PAIRS } from '../entity-index-fill.ts';

const MENTION = ENTITY_MENTION;
const SPELLING = (row: string) => `coalesce(${row}.surface, ${row}.value->>'name', '')`;
export const KNOWN = (row: string) => `coalesce((${row}.value->>'known')::boolean, false)::int`;

/**
 * The statements of the insert trigger that count the added mentions per (entity, document)
 * and per spelling (each an upsert by primary key, in key order), shared with migration 160.
 */
export const MENTIONS_COUNTED = `insert into entity_documents as e (entity_id, document_id, mentions)
         select entity_id, document_id, count(*) from added where ${MENTION} group by 1, 2 order by 1, 2
         on conflict (entity_id, document_id) do update set mentions = e.mentions + excluded.mentions;
       insert into entity_spellings as p (entity_id, spelling, mentions)
         select entity_id, ${SPELLING('added')}, count(*) from added where ${MENTION} group by 1, 2 order by 1, 2
         on conflict (entity_id, spelling) do update set mentions = p.mentions + excluded.mentions`;

export const postgresEntityIndex: DialectConfig['entityIndex'] = {
  fill: [
    FILL_ENTITY_DOCUMENTS,
    `insert into entity_spellings (entity_id, spelling, mentions)
       select entity_id, ${SPELLING('annotations')}, count(*) from annotations where ${MENTION} group by 1, 2`,
    `insert into entity_summaries (entity_id, type, name, known, mentions, documents)
       select g.entity_id, coalesce(a.value->>'type', 'other'), coalesce(a.value->>'name', g.entity_id), ${KNOWN('a')},
         g.n, g.d
       from (select entity_id, min(id) as first, count(*) as n, count(distinct document_id) as d
             from annotations where ${MENTION} group by entity_id) g
       join annotations a on a.id = g.first`,
    FILL_ENTITY_PAIRS,
  ],
  triggers: [
    `create function concord_entity_mentions_added() returns trigger language plpgsql as $$
     begin
       insert into entity_summaries as s (entity_id, type, name, known, mentions, documents)
         select g.entity_id, coalesce(a.value->>'type', 'other'), coalesce(a.value->>'name', g.entity_id),
           ${KNOWN('a')}, g.n, g.fresh
         from (select m.entity_id, min(m.id) as first, count(*) as n,
                 count(distinct m.document_id) filter (where not exists (select 1 from entity_documents e
                   where e.entity_id = m.entity_id and e.document_id = m.document_id)) as fresh
               from added m where m.${MENTION} group by m.entity_id) g
         join added a on a.id = g.first
         order by g.entity_id
         on conflict (entity_id) do update
           set mentions = s.mentions + excluded.mentions, documents = s.documents + excluded.documents;
       -- New (entity, document) rows pair with the document's entities, old and new, both ways.
       with fresh_pairs as (
         select distinct m.entity_id, m.document_id from added m where m.${MENTION} and not exists (
           select 1 from entity_documents e where e.entity_id = m.entity_id and e.document_id = m.document_id))
       insert into entity_pairs as p (entity_id, other_id, documents)
         select a, b, count(*) from (
           select f.entity_id as a, o.entity_id as b from fresh_pairs f
             join (select entity_id, document_id from entity_documents
                   union all select entity_id, document_id from fresh_pairs) o
             on o.document_id = f.document_id and o.entity_id <> f.entity_id
           union all
           select o.entity_id, f.entity_id from fresh_pairs f
             join entity_documents o on o.document_id = f.document_id and o.entity_id <> f.entity_id
         ) x group by a, b order by a, b
         on conflict (entity_id, other_id) do update set documents = p.documents + excluded.documents;
       ${MENTIONS_COUNTED};
       return null;
     end $$`,
    `create trigger entity_mentions_added after insert on annotations
       referencing new table as added for each statement execute function concord_entity_mentions_added()`,
    `create function concord_entity_mentions_removed() returns trigger language plpgsql as $$
     begin
       perform 1 from entity_summaries where entity_id in (select entity_id from removed where ${MENTION})
         order by entity_id for update;
       update entity_documents e set mentions = e.mentions - r.n
         from (select entity_id, document_id, count(*) as n from removed where ${MENTION} group by 1, 2) r
         where e.entity_id = r.entity_id and e.document_id = r.document_id;
       update entity_summaries s set mentions = s.mentions - r.n, documents = s.documents - r.gone
         from (select m.entity_id, count(*) as n,
                 count(distinct m.document_id) filter (where exists (select 1 from entity_documents e
                   where e.entity_id = m.entity_id and e.document_id = m.document_id and e.mentions <= 0)) as gone
               from removed m where m.${MENTION} group by m.entity_id) r
         where s.entity_id = r.entity_id;
       -- (entity, document) rows about to go unpair from the document's other entities, both ways.
       update entity_pairs p set documents = p.documents - x.n
         from (select a, b, count(*) as n from (
                 select g.entity_id as a, o.entity_id as b from entity_documents g
                   join entity_documents o on o.document_id = g.document_id and o.entity_id <> g.entity_id
                   where g.mentions <= 0
                     and (g.entity_id, g.document_id) in (select entity_id, document_id from removed)
                 union all
                 select o.entity_id, g.entity_id from entity_documents g
                   join entity_documents o on o.document_id = g.document_id and o.entity_id <> g.entity_id
                   where g.mentions <= 0 and o.mentions > 0
                     and (g.entity_id, g.document_id) in (select entity_id, document_id from removed)
               ) y group by a, b) x
         where p.entity_id = x.a and p.other_id = x.b;
       delete from entity_pairs where documents <= 0
         and (entity_id in (select entity_id from removed) or other_id in (select entity_id from removed));
       delete from entity_documents where mentions <= 0
         and (entity_id, document_id) in (select entity_id, document_id from removed where ${MENTION});
       update entity_spellings p set mentions = p.mentions - r.n
         from (select entity_id, ${SPELLING('removed')} as spelling, count(*) as n from removed where ${MENTION}
               group by 1, 2) r
         where p.entity_id = r.entity_id and p.spelling = r.spelling;
       delete from entity_spellings where mentions <= 0
         and entity_id in (select entity_id from removed where ${MENTION});
       delete from entity_summaries where mentions <= 0
         and entity_id in (select entity_id from removed where ${MENTION});
       return null;
     end $$`,
    `create trigger entity_mentions_removed after delete on annotations
       referencing old table as removed for each statement execute function concord_entity_mentions_removed()`,
  ],
};
