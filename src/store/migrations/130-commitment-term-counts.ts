/**
 * @module 130-commitment-term-counts
 * Migration 130 (issue 10): how many postings each term has in the tracker's term index
 * (`commitment_terms`), and how many promises are followed (term `*`), kept by triggers on
 * every insert and delete. Knowing a term's postings before reading them lets the tracker read
 * the rare terms of a new document and leave the common ones, so linking one document costs
 * about the same in a store of 1,000 documents as in one of 10,000; and a topic's frequency
 * among promises is one row, not a count over its postings.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectConfig } from '../dialect-config.ts';

export function commitmentTermCounts(config: DialectConfig): Migration {
  return {
    up: async (db: Kysely<any>) => {
      await db.schema
        .createTable('commitment_term_counts')
        .addColumn('term', 'text', (col) => col.primaryKey())
        .addColumn('postings', 'integer', (col) => col.notNull())
        .execute();
      // A store that already follows promises starts with its counts.
      await sql`insert into commitment_term_counts (term, postings)
        select term, count(*) from commitment_terms group by term`.execute(db);
      await sql`insert into commitment_term_counts (term, postings)
        select '*', count(*) from tracked_commitments`.execute(db);
      for (const statement of config.commitmentTermCounts) await sql.raw(statement).execute(db);
    },
  };
}
