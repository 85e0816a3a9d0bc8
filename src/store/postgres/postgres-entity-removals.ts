/**
 * @module postgres-entity-removals
 * PostgreSQL's statement of migration 170 (issue 12): the trigger that takes deleted mentions out
 * of the entity tables (migration 100) rewritten so that its cost follows the rows deleted, not
 * the store. The first version found the (entity, document) rows that reached zero with
 * `mentions <= 0` filters and `(entity, document) in (select … from removed)` semi-joins, and
 * the emptied pairs with `entity_id in (…) or other_id in (…)`: the planner answered those by
 * reading all of `entity_documents` and `entity_pairs` on every delete (the OR defeats both
 * indexes). Here the deleted mentions are counted once per (entity, document) and per spelling
 * into arrays, and every later statement joins those arrays to the tables by primary key (or
 * `entity_documents_by_document` for a document's other entities): one index probe per row.
 * The planner cannot see how long an array is (it guesses 100 rows, or 10 for a transition
 * table) and, for a store of a few thousand documents, chose hash joins over whole-table reads
 * anyway (EXPLAIN ANALYZE: 70 of 110 ms of a delete); the function is therefore planned without
 * sequential scans, hash and merge joins (its own SET clause: nothing outside it changes), so
 * every join is a nested loop of index probes, whose cost follows the rows deleted. Counts and
 * the order in which summaries are locked are as before.
 */
import { ENTITY_MENTION } from '../entity-index-fill.ts';

const SPELLING = `coalesce(surface, value->>'name', '')`;

/** Statements of migration 170: the trigger function of `entity_mentions_removed`, replaced in place. */
export const POSTGRES_ENTITY_REMOVALS: readonly string[] = [
  `create or replace function concord_entity_mentions_removed() returns trigger language plpgsql
   set enable_seqscan = off set enable_hashjoin = off set enable_mergejoin = off as $$
   declare
     -- Deleted mentions per (entity, document), then the (entity, document) rows they empty.
     ids text[]; docs text[]; counts int[];
     gone_ids text[]; gone_docs text[];
     -- Pair counts to take off, and deleted mentions per spelling.
     pair_a text[]; pair_b text[]; pair_n int[];
     spelled_ids text[]; spellings text[]; spelled_n int[];
   begin
     select array_agg(entity_id order by entity_id, document_id),
            array_agg(document_id order by entity_id, document_id), array_agg(n order by entity_id, document_id)
       into ids, docs, counts
       from (select entity_id, document_id, count(*)::int as n from removed where ${ENTITY_MENTION} group by 1, 2) r;
     if ids is null then return null; end if;
     perform 1 from entity_summaries where entity_id = any(ids) order by entity_id for update;
     update entity_documents e set mentions = e.mentions - r.n
       from unnest(ids, docs, counts) r(entity_id, document_id, n)
       where e.entity_id = r.entity_id and e.document_id = r.document_id;
     select array_agg(e.entity_id), array_agg(e.document_id) into gone_ids, gone_docs
       from unnest(ids, docs) r(entity_id, document_id)
       join entity_documents e on e.entity_id = r.entity_id and e.document_id = r.document_id
       where e.mentions <= 0;
     update entity_summaries s set mentions = s.mentions - x.n, documents = s.documents - x.gone
       from (select r.entity_id, sum(r.n) as n, count(g.document_id) as gone
             from unnest(ids, docs, counts) r(entity_id, document_id, n)
             left join unnest(gone_ids, gone_docs) g(entity_id, document_id)
               on g.entity_id = r.entity_id and g.document_id = r.document_id
             group by r.entity_id) x
       where s.entity_id = x.entity_id;
     -- An emptied (entity, document) row unpairs the entity from the document's other entities,
     -- both ways; a pair of two emptied rows is counted once from each side.
     if gone_ids is not null then
       select array_agg(a order by a, b), array_agg(b order by a, b), array_agg(n order by a, b)
         into pair_a, pair_b, pair_n
         from (select a, b, count(*)::int as n from (
                 select g.entity_id as a, o.entity_id as b from unnest(gone_ids, gone_docs) g(entity_id, document_id)
                   join entity_documents o on o.document_id = g.document_id and o.entity_id <> g.entity_id
                 union all
                 select o.entity_id, g.entity_id from unnest(gone_ids, gone_docs) g(entity_id, document_id)
                   join entity_documents o on o.document_id = g.document_id and o.entity_id <> g.entity_id
                   where o.mentions > 0
               ) y group by a, b) x;
       update entity_pairs p set documents = p.documents - x.n
         from unnest(pair_a, pair_b, pair_n) x(a, b, n)
         where p.entity_id = x.a and p.other_id = x.b;
       delete from entity_pairs p using unnest(pair_a, pair_b) x(a, b)
         where p.entity_id = x.a and p.other_id = x.b and p.documents <= 0;
       delete from entity_documents e using unnest(gone_ids, gone_docs) g(entity_id, document_id)
         where e.entity_id = g.entity_id and e.document_id = g.document_id;
     end if;
     select array_agg(entity_id), array_agg(spelling), array_agg(n) into spelled_ids, spellings, spelled_n
       from (select entity_id, ${SPELLING} as spelling, count(*)::int as n from removed where ${ENTITY_MENTION}
             group by 1, 2) r;
     update entity_spellings p set mentions = p.mentions - r.n
       from unnest(spelled_ids, spellings, spelled_n) r(entity_id, spelling, n)
       where p.entity_id = r.entity_id and p.spelling = r.spelling;
     delete from entity_spellings p using unnest(spelled_ids, spellings) r(entity_id, spelling)
       where p.entity_id = r.entity_id and p.spelling = r.spelling and p.mentions <= 0;
     delete from entity_summaries where entity_id = any(ids) and mentions <= 0;
     return null;
   end $$`,
];
