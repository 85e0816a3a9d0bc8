/**
 * @module 001-core-tables
 * Migration 001: documents, sources, nodes, passages, annotations, analysis runs and decisions.
 * Everything hangs off `documents` with ON DELETE CASCADE, so deleting a document is one row.
 */
import type { Kysely, Migration } from 'kysely';
import type { DialectConfig } from '../dialect-config.ts';

/** The core tables, with the column types of the dialect. */
export function coreTables(config: DialectConfig): Migration {
  return { up: (db) => up(db, config) };
}

async function up(db: Kysely<any>, c: DialectConfig): Promise<void> {
  const cascade = (table: string) => (col: any) => col.notNull().references(`${table}.id`).onDelete('cascade');
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('meta', c.jsonType, (col) => col.notNull())
    .addColumn('tree', c.jsonType, (col) => col.notNull())
    .addColumn('title', 'text')
    .addColumn('file_name', 'text')
    .addColumn('kind', 'text')
    .addColumn('language', 'text')
    .addColumn('publisher', 'text')
    .addColumn('published', 'text')
    .addColumn('length', 'integer', (col) => col.notNull())
    .addColumn('clause_count', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('documents_listing').on('documents').columns(['published', 'created_at']).execute();
  await db.schema.createIndex('documents_kind').on('documents').column('kind').execute();

  await db.schema
    .createTable('sources')
    .addColumn('document_id', 'text', (col) => cascade('documents')(col).primaryKey())
    .addColumn('bytes', c.bytesType, (col) => col.notNull())
    .addColumn('byte_length', 'integer', (col) => col.notNull())
    .addColumn('format', 'text')
    .addColumn('encoding', 'text')
    .execute();

  await db.schema
    .createTable('nodes')
    .addColumn('document_id', 'text', cascade('documents'))
    .addColumn('idx', 'integer', (col) => col.notNull())
    .addColumn('parent_idx', 'integer')
    .addColumn('depth', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('label', 'text')
    .addColumn('span_start', 'integer', (col) => col.notNull())
    .addColumn('span_end', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('nodes_pk', ['document_id', 'idx'])
    .execute();

  await db.schema
    .createTable('passages')
    .addColumn('id', c.autoIdType, (col) => c.autoId(col.primaryKey()))
    .addColumn('document_id', 'text', cascade('documents'))
    .addColumn('node_idx', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('label', 'text')
    .addColumn('span_start', 'integer', (col) => col.notNull())
    .addColumn('span_end', 'integer', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('passages_document').on('passages').column('document_id').execute();

  await db.schema
    .createTable('annotations')
    .addColumn('id', c.autoIdType, (col) => c.autoId(col.primaryKey()))
    .addColumn('document_id', 'text', cascade('documents'))
    .addColumn('layer', 'text', (col) => col.notNull())
    .addColumn('span_start', 'integer', (col) => col.notNull())
    .addColumn('span_end', 'integer', (col) => col.notNull())
    .addColumn('value', c.jsonType, (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('confidence', 'double precision', (col) => col.notNull())
    .addColumn('entity_id', 'text')
    .execute();
  await db.schema
    .createIndex('annotations_document_layer')
    .on('annotations')
    .columns(['document_id', 'layer'])
    .execute();
  await db.schema
    .createIndex('annotations_entity')
    .on('annotations')
    .columns(['entity_id', 'layer', 'document_id'])
    .execute();
  await db.schema.createIndex('annotations_layer').on('annotations').column('layer').execute();

  await db.schema
    .createTable('analysis_runs')
    .addColumn('id', c.autoIdType, (col) => c.autoId(col.primaryKey()))
    .addColumn('document_id', 'text', cascade('documents'))
    .addColumn('versions', c.jsonType, (col) => col.notNull())
    .addColumn('diagnostics', c.jsonType, (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('analysis_runs_document').on('analysis_runs').column('document_id').execute();

  await db.schema
    .createTable('decisions')
    .addColumn('id', c.autoIdType, (col) => c.autoId(col.primaryKey()))
    .addColumn('target', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('payload', c.jsonType, (col) => col.notNull())
    .addColumn('decided_by', 'text', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('decisions_target').on('decisions').column('target').execute();
}
