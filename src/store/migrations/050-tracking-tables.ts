/**
 * @module 050-tracking-tables
 * Migration 050 (issue 10): the promises the tracker follows, their terms indexed for finding
 * them again when a later document arrives, and the links to evidence. Everything cascades from
 * `documents`, so removing a document removes its promises and the links that point into it.
 * Reviewers' verdicts on links and statuses live in `decisions`, never here.
 */
import type { Kysely, Migration } from 'kysely';

export function trackingTables(): Migration {
  return { up };
}

async function up(db: Kysely<any>): Promise<void> {
  const document = (col: any) => col.notNull().references('documents.id').onDelete('cascade');
  await db.schema
    .createTable('tracked_commitments')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('document_id', 'text', document)
    .addColumn('span_start', 'integer', (col) => col.notNull())
    .addColumn('span_end', 'integer', (col) => col.notNull())
    .addColumn('clause', 'text', (col) => col.notNull())
    .addColumn('made_on', 'text')
    .addColumn('due', 'text')
    .addColumn('format', 'text')
    .addColumn('meeting_id', 'text')
    .addColumn('value', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('tracked_commitments_document').on('tracked_commitments').column('document_id').execute();
  await db.schema.createIndex('tracked_commitments_made_on').on('tracked_commitments').column('made_on').execute();

  await db.schema
    .createTable('commitment_terms')
    .addColumn('term', 'text', (col) => col.notNull())
    .addColumn('commitment_key', 'text', (col) =>
      col.notNull().references('tracked_commitments.key').onDelete('cascade'),
    )
    .addColumn('grp', 'integer', (col) => col.notNull())
    .addColumn('required', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('commitment_terms_pk', ['term', 'commitment_key', 'grp'])
    .execute();
  await db.schema.createIndex('commitment_terms_key').on('commitment_terms').column('commitment_key').execute();

  await db.schema
    .createTable('links')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('commitment_key', 'text', (col) => col.notNull())
    .addColumn('from_document_id', 'text', document)
    .addColumn('from_start', 'integer', (col) => col.notNull())
    .addColumn('from_end', 'integer', (col) => col.notNull())
    .addColumn('clause', 'text', (col) => col.notNull())
    .addColumn('evidence_document_id', 'text', document)
    .addColumn('evidence_start', 'integer', (col) => col.notNull())
    .addColumn('evidence_end', 'integer', (col) => col.notNull())
    .addColumn('evidence_date', 'text')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('rule', 'text', (col) => col.notNull())
    .addColumn('confidence', 'real', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('links_commitment').on('links').column('commitment_key').execute();
  await db.schema.createIndex('links_from_document').on('links').column('from_document_id').execute();
  await db.schema.createIndex('links_evidence_document').on('links').column('evidence_document_id').execute();
}
