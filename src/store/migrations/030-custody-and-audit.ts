/**
 * @module 030-custody-and-audit
 * Migration 030: chain of custody. Who imported each source and its bytes' SHA-256
 * (`source_custody`, not tied to the document row, so it outlives a deletion), the trash of
 * soft-deleted documents with their original bytes, and the hash-chained audit log, which
 * the database refuses to change.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectConfig } from '../dialect-config.ts';

/** Creates the tables and the audit log's append-only triggers. */
export function custodyAndAudit(config: DialectConfig): Migration {
  return { up: (db) => up(db, config) };
}

async function up(db: Kysely<any>, c: DialectConfig): Promise<void> {
  await db.schema
    .createTable('source_custody')
    .addColumn('document_id', 'text', (col) => col.primaryKey())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('byte_length', 'integer', (col) => col.notNull())
    .addColumn('imported_by', 'text', (col) => col.notNull())
    .addColumn('imported_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('trash')
    .addColumn('document_id', 'text', (col) => col.primaryKey())
    .addColumn('title', 'text')
    .addColumn('file_name', 'text')
    .addColumn('media_type', 'text')
    .addColumn('bytes', c.bytesType, (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('deleted_by', 'text', (col) => col.notNull())
    .addColumn('deleted_at', 'text', (col) => col.notNull())
    .addColumn('reason', 'text')
    .execute();
  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'integer', (col) => col.primaryKey())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('actor', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('target', 'text', (col) => col.notNull())
    .addColumn('details', 'text', (col) => col.notNull())
    .addColumn('prev_hash', 'text', (col) => col.notNull())
    .addColumn('hash', 'text', (col) => col.notNull().unique())
    .execute();
  for (const statement of c.appendOnlyAudit) await sql.raw(statement).execute(db);
}
