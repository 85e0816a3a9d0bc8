/**
 * @module entity-index-fill
 * What migration 100's fill says alike in both dialects: which annotations are entity mentions,
 * and the two tables filled with plain SQL (mentions per entity and document; documents two
 * entities share). The summaries and spellings read JSON, which each dialect writes its own way.
 */

/** An annotation row that is a mention of a linked entity. */
export const ENTITY_MENTION = `layer = 'entities' and entity_id is not null`;

/** Fills `entity_documents` from the stored mentions. */
export const FILL_ENTITY_DOCUMENTS = `insert into entity_documents (entity_id, document_id, mentions)
  select entity_id, document_id, count(*) from annotations where ${ENTITY_MENTION} group by entity_id, document_id`;

/** Fills `entity_pairs` from `entity_documents` (run after it). */
export const FILL_ENTITY_PAIRS = `insert into entity_pairs (entity_id, other_id, documents)
  select a.entity_id, b.entity_id, count(*) from entity_documents a
  join entity_documents b on b.document_id = a.document_id and b.entity_id <> a.entity_id
  group by a.entity_id, b.entity_id`;
