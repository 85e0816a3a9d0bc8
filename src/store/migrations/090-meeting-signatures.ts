/**
 * @module 090-meeting-signatures
 * Migration 090: what the claims stage needs to group a report with its meeting by a scored
 * match (issue 9): each document's meeting signature (JSON: format, dates, city, publication
 * day, events, people, title words) and its folded city, indexed with the date, so that the
 * candidates of a report are found by format, city or date window without a scan.
 */
import type { Kysely, Migration } from 'kysely';

export const meetingSignatures: Migration = {
  up: async (db: Kysely<any>) => {
    await db.schema.alterTable('meeting_documents').addColumn('city_key', 'text').execute();
    await db.schema.alterTable('meeting_documents').addColumn('signature', 'text').execute();
    await db.schema.createIndex('meeting_documents_city').on('meeting_documents').column('city_key').execute();
    await db.schema.createIndex('meeting_documents_date').on('meeting_documents').column('date').execute();
  },
};
