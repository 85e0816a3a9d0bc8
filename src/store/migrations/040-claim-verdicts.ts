/**
 * @module 040-claim-verdicts
 * Migration 040: the claims stage's tables. `meeting_documents` says which meeting each stored
 * document is about and whether it is primary (indexed by meeting, so a meeting's documents
 * are found without a scan); `claim_verdicts` holds the verdict of every claim of a report,
 * with its evidence, differences, note, rule and confidence (both cascade with the document);
 * `stale_meetings` lists the meetings whose claims must be checked again before they are read.
 */
import type { Kysely, Migration } from 'kysely';

export const claimVerdicts: Migration = {
  up: async (db: Kysely<any>) => {
    const document = (col: any) => col.notNull().references('documents.id').onDelete('cascade');
    await db.schema
      .createTable('meeting_documents')
      .addColumn('document_id', 'text', (col) => document(col).primaryKey())
      .addColumn('meeting_id', 'text', (col) => col.notNull())
      .addColumn('is_primary', 'integer', (col) => col.notNull())
      // The meeting as the document's own analysis describes it, to link near identities.
      .addColumn('own_meeting_id', 'text')
      .addColumn('format_key', 'text')
      .addColumn('level', 'text')
      .addColumn('edition', 'integer')
      .addColumn('date', 'text')
      .execute();
    await db.schema.createIndex('meeting_documents_format').on('meeting_documents').column('format_key').execute();
    await db.schema
      .createIndex('meeting_documents_meeting')
      .on('meeting_documents')
      .columns(['meeting_id', 'is_primary'])
      .execute();
    await db.schema
      .createTable('claim_verdicts')
      .addColumn('document_id', 'text', document)
      .addColumn('span_start', 'integer', (col) => col.notNull())
      .addColumn('span_end', 'integer', (col) => col.notNull())
      .addColumn('meeting_id', 'text', (col) => col.notNull())
      .addColumn('claim', 'text', (col) => col.notNull())
      .addColumn('verdict', 'text', (col) => col.notNull())
      .addColumn('evidence', 'text', (col) => col.notNull())
      .addColumn('differences', 'text', (col) => col.notNull())
      .addColumn('note', 'text', (col) => col.notNull())
      .addColumn('rule', 'text', (col) => col.notNull())
      .addColumn('confidence', 'double precision', (col) => col.notNull())
      .addPrimaryKeyConstraint('claim_verdicts_pk', ['document_id', 'span_start', 'span_end'])
      .execute();
    await db.schema
      .createTable('stale_meetings')
      .addColumn('meeting_id', 'text', (col) => col.primaryKey())
      .execute();
    await db.schema
      .createIndex('claim_verdicts_meeting')
      .on('claim_verdicts')
      .columns(['meeting_id', 'verdict'])
      .execute();
  },
};
