/**
 * @module 080-commitment-terms-covering
 * Migration 080: the tracker's term lookup (`commitmentsWithTerms`) reads, for every posting of
 * a new document's words, the promise, its group and how many of the group's words it needs.
 * The primary key (term, commitment_key, grp) finds the postings but not `required`, so each
 * posting cost a row lookup: at 10,000 documents that was most of linking one document. This
 * index answers the lookup from the index alone.
 */
import type { Kysely, Migration } from 'kysely';

export const commitmentTermsCovering: Migration = {
  up: async (db: Kysely<any>) => {
    await db.schema
      .createIndex('commitment_terms_lookup')
      .on('commitment_terms')
      .columns(['term', 'commitment_key', 'grp', 'required'])
      .execute();
  },
};
