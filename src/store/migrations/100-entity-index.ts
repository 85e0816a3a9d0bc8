/**
 * @module 100-entity-index
 * Migration 100: the entity catalogue and profiles as indexed reads (issues 7 and 11). Each
 * entity mention keeps its surface (the text it covers, sliced once by the writer instead of
 * reading every document at every catalogue view), and three tables summarise the machine's
 * mentions per entity: `entity_summaries` (name, type, mention and document counts),
 * `entity_documents` (mentions per entity and document: an entity's documents and the entities
 * that share them), `entity_pairs` (documents two entities share) and `entity_spellings`
 * (mentions per spelling). Triggers on `annotations`
 * keep them in step with every write, in the writer's transaction, whatever the path (batch
 * writers, re-analysis, cascading deletes). Reviewers' decisions are applied when reading
 * (src/services/reviewed-entity-overlay.ts), so the tables never go stale after a merge.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectConfig } from '../dialect-config.ts';

/** Documents whose surfaces are filled per round (their texts are read at once). */
const DOCUMENTS_PER_ROUND = 500;

export function entityIndex(config: DialectConfig): Migration {
  return {
    up: async (db: Kysely<any>) => {
      await db.schema.alterTable('annotations').addColumn('surface', 'text').execute();
      await db.schema
        .createTable('entity_summaries')
        .addColumn('entity_id', 'text', (col) => col.primaryKey())
        .addColumn('type', 'text', (col) => col.notNull())
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('known', 'integer', (col) => col.notNull())
        .addColumn('mentions', 'integer', (col) => col.notNull())
        .addColumn('documents', 'integer', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('entity_summaries_rank')
        .on('entity_summaries')
        .columns(['mentions desc', 'name', 'entity_id'])
        .execute();
      await db.schema
        .createIndex('entity_summaries_type_rank')
        .on('entity_summaries')
        .columns(['type', 'mentions desc', 'name', 'entity_id'])
        .execute();
      await db.schema
        .createTable('entity_documents')
        .addColumn('entity_id', 'text', (col) => col.notNull())
        .addColumn('document_id', 'text', (col) => col.notNull())
        .addColumn('mentions', 'integer', (col) => col.notNull())
        .addPrimaryKeyConstraint('entity_documents_key', ['entity_id', 'document_id'])
        .execute();
      await db.schema
        .createIndex('entity_documents_by_document')
        .on('entity_documents')
        .columns(['document_id', 'entity_id'])
        .execute();
      await db.schema
        .createTable('entity_spellings')
        .addColumn('entity_id', 'text', (col) => col.notNull())
        .addColumn('spelling', 'text', (col) => col.notNull())
        .addColumn('mentions', 'integer', (col) => col.notNull())
        .addPrimaryKeyConstraint('entity_spellings_key', ['entity_id', 'spelling'])
        .execute();
      await db.schema
        .createTable('entity_pairs')
        .addColumn('entity_id', 'text', (col) => col.notNull())
        .addColumn('other_id', 'text', (col) => col.notNull())
        .addColumn('documents', 'integer', (col) => col.notNull())
        .addPrimaryKeyConstraint('entity_pairs_key', ['entity_id', 'other_id'])
        .execute();
      await db.schema
        .createIndex('entity_pairs_rank')
        .on('entity_pairs')
        .columns(['entity_id', 'documents desc', 'other_id'])
        .execute();
      await fillSurfaces(db);
      for (const statement of [...config.entityIndex.fill, ...config.entityIndex.triggers])
        await sql.raw(statement).execute(db);
    },
  };
}

/** Surfaces of the mentions already stored, sliced from their documents' texts (UTF-16 offsets, as written). */
async function fillSurfaces(db: Kysely<any>): Promise<void> {
  let after = '';
  for (;;) {
    const documents: { id: string; text: string }[] = await db
      .selectFrom('documents')
      .select(['id', 'text'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(DOCUMENTS_PER_ROUND)
      .execute();
    if (!documents.length) return;
    after = documents.at(-1)!.id;
    const texts = new Map(documents.map((d) => [d.id, d.text]));
    const mentions: { id: number; document_id: string; span_start: number; span_end: number }[] = await db
      .selectFrom('annotations')
      .select(['id', 'document_id', 'span_start', 'span_end'])
      .where('layer', '=', 'entities')
      .where(
        'document_id',
        'in',
        documents.map((d) => d.id),
      )
      .execute();
    for (let i = 0; i < mentions.length; i += 1000) {
      const rows = mentions
        .slice(i, i + 1000)
        .map(
          (m) => sql`(cast(${Number(m.id)} as integer), ${texts.get(m.document_id)!.slice(m.span_start, m.span_end)})`,
        );
      // VALUES columns are column1, column2 in both dialects.
      await sql`update annotations set surface = v.column2 from (values ${sql.join(rows)}) as v
        where annotations.id = v.column1`.execute(db);
    }
  }
}
