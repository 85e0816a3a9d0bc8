/**
 * @module sqlite-entity-index
 * SQLite's statements of migration 100: the per-entity tables filled from the mentions already
 * stored, then kept in step by row triggers on `annotations` (SQLite writes one transaction at
 * a time, so a row at a time is simple and cheap).
 */
import type { DialectConfig } from '../dialect-config.ts';
import { ENTITY_MENTION, FILL_ENTITY_DOCUMENTS, FILL_ENTITY_PAIRS } from '../entity-index-fill.ts';

const MENTION = ENTITY_MENTION;
const SPELLING = (row: string) => `coalesce(${row}.surface, json_extract(${row}.value, '$.name'), '')`;

/**
 * The trigger that counts each new mention. With `unless`, it does not fire while that holds
 * (migration 171: while a batch writer counts its mentions as a set).
 */
export const mentionAddedTrigger = (unless?: string) =>
  `create trigger entity_mention_added after insert on annotations
     when new.layer = 'entities' and new.entity_id is not null${unless ? ` and not ${unless}` : ''}
     begin
       insert into entity_summaries (entity_id, type, name, known, mentions, documents)
         values (new.entity_id, coalesce(json_extract(new.value, '$.type'), 'other'),
           coalesce(json_extract(new.value, '$.name'), new.entity_id),
           coalesce(json_extract(new.value, '$.known'), 0), 0, 0)
         on conflict (entity_id) do nothing;
       update entity_summaries set mentions = mentions + 1,
         documents = documents + not exists (select 1 from entity_documents
           where entity_id = new.entity_id and document_id = new.document_id)
         where entity_id = new.entity_id;
       insert into entity_documents (entity_id, document_id, mentions) values (new.entity_id, new.document_id, 1)
         on conflict (entity_id, document_id) do update set mentions = mentions + 1;
       insert into entity_spellings (entity_id, spelling, mentions) values (new.entity_id, ${SPELLING('new')}, 1)
         on conflict (entity_id, spelling) do update set mentions = mentions + 1;
     end`;

/** An entity's new document pairs it with every entity already there, both ways (nested trigger). */
export const documentAddedTrigger = (unless?: string) =>
  `create trigger entity_document_added after insert on entity_documents${unless ? ` when not ${unless}` : ''}
     begin
       insert into entity_pairs (entity_id, other_id, documents)
         select new.entity_id, o.entity_id, 1 from entity_documents o
         where o.document_id = new.document_id and o.entity_id <> new.entity_id
         on conflict (entity_id, other_id) do update set documents = documents + 1;
       insert into entity_pairs (entity_id, other_id, documents)
         select o.entity_id, new.entity_id, 1 from entity_documents o
         where o.document_id = new.document_id and o.entity_id <> new.entity_id
         on conflict (entity_id, other_id) do update set documents = documents + 1;
     end`;

export const sqliteEntityIndex: DialectConfig['entityIndex'] = {
  fill: [
    FILL_ENTITY_DOCUMENTS,
    `insert into entity_spellings (entity_id, spelling, mentions)
       select entity_id, ${SPELLING('annotations')}, count(*) from annotations where ${MENTION}
       group by entity_id, ${SPELLING('annotations')}`,
    `insert into entity_summaries (entity_id, type, name, known, mentions, documents)
       select g.entity_id, coalesce(json_extract(a.value, '$.type'), 'other'),
         coalesce(json_extract(a.value, '$.name'), g.entity_id), coalesce(json_extract(a.value, '$.known'), 0), g.n, g.d
       from (select entity_id, min(id) as first, count(*) as n, count(distinct document_id) as d
             from annotations where ${MENTION} group by entity_id) g
       join annotations a on a.id = g.first`,
    FILL_ENTITY_PAIRS,
  ],
  triggers: [
    mentionAddedTrigger(),
    documentAddedTrigger(),
    `create trigger entity_document_removed after delete on entity_documents
     begin
       update entity_pairs set documents = documents - 1
         where (entity_id = old.entity_id and other_id in (select entity_id from entity_documents
                  where document_id = old.document_id))
            or (other_id = old.entity_id and entity_id in (select entity_id from entity_documents
                  where document_id = old.document_id));
       delete from entity_pairs where documents <= 0 and (entity_id = old.entity_id or other_id = old.entity_id);
     end`,
    `create trigger entity_mention_removed after delete on annotations
     when old.layer = 'entities' and old.entity_id is not null
     begin
       update entity_documents set mentions = mentions - 1
         where entity_id = old.entity_id and document_id = old.document_id;
       update entity_summaries set mentions = mentions - 1,
         documents = documents - exists (select 1 from entity_documents
           where entity_id = old.entity_id and document_id = old.document_id and mentions <= 0)
         where entity_id = old.entity_id;
       delete from entity_documents where entity_id = old.entity_id and document_id = old.document_id and mentions <= 0;
       update entity_spellings set mentions = mentions - 1
         where entity_id = old.entity_id and spelling = ${SPELLING('old')};
       delete from entity_spellings where entity_id = old.entity_id and spelling = ${SPELLING('old')} and mentions <= 0;
       delete from entity_summaries where entity_id = old.entity_id and mentions <= 0;
     end`,
  ],
};
