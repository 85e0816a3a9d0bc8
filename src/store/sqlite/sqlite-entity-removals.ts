/**
 * @module sqlite-entity-removals
 * SQLite's statements of migration 170 (issue 12): removed mentions leave the entity index of
 * migration 100 at a cost that follows the rows removed, not the store.
 */

/**
 * Statement of migration 170: an (entity, document) row's removal takes its pair counts down by
 * key. Migration 100's trigger took the emptied pairs out with `entity_id = ? or other_id = ?`,
 * and no index starts with `other_id`: every removed row read all of `entity_pairs`. A pair
 * (other, entity) that reaches zero here is one just counted down, so its `other` is one of the
 * document's remaining entities, and the primary key finds it.
 */
export const SQLITE_ENTITY_REMOVALS: readonly string[] = [
  'drop trigger if exists entity_document_removed',
  `create trigger entity_document_removed after delete on entity_documents
   begin
     update entity_pairs set documents = documents - 1
       where entity_id = old.entity_id
         and other_id in (select entity_id from entity_documents where document_id = old.document_id);
     update entity_pairs set documents = documents - 1
       where other_id = old.entity_id
         and entity_id in (select entity_id from entity_documents where document_id = old.document_id);
     delete from entity_pairs where entity_id = old.entity_id and documents <= 0;
     delete from entity_pairs where other_id = old.entity_id and documents <= 0
       and entity_id in (select entity_id from entity_documents where document_id = old.document_id);
   end`,
];
