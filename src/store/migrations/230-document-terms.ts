/**
 * @module 230-document-terms
 * Migration 230 (issue 10): the tracker's term index of documents, the mirror of the promises'
 * (`commitment_terms`, migration 050). Each dated document's compared terms (word forms, word
 * pairs, its format's meeting term) with the day it reports on, so a new promise finds every
 * later document holding one of its term groups by the same terms a new document finds the
 * promise by: a link is found whichever of the two arrives first. The key leads with the term
 * and the day, so the lookup of one term after a day is answered from the index alone.
 */
import type { Kysely, Migration } from 'kysely';

export const documentTerms: Migration = {
  up: async (db: Kysely<any>) => {
    await db.schema
      .createTable('document_terms')
      .addColumn('term', 'text', (col) => col.notNull())
      .addColumn('reported_on', 'text', (col) => col.notNull())
      .addColumn('document_id', 'text', (col) => col.notNull().references('documents.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('document_terms_pk', ['term', 'reported_on', 'document_id'])
      .execute();
    await db.schema.createIndex('document_terms_document').on('document_terms').column('document_id').execute();
  },
};
