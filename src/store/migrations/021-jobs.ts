/**
 * @module 021-jobs
 * Migration 021: the `jobs` table, every job's visible record (state, attempts, last error,
 * progress, result). On SQLite it is also the queue; on PostgreSQL pg-boss queues and this
 * table is kept in step by the workers (see src/jobs/).
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectConfig } from '../dialect-config.ts';

/** The jobs table with the dialect's JSON type. */
export function jobsTable(config: DialectConfig): Migration {
  return { up: (db) => up(db, config) };
}

async function up(db: Kysely<any>, c: DialectConfig): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('key', 'text')
    .addColumn('payload', c.jsonType, (col) => col.notNull())
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull())
    .addColumn('max_attempts', 'integer', (col) => col.notNull())
    .addColumn('run_after', 'text', (col) => col.notNull())
    .addColumn('error', 'text')
    .addColumn('progress_done', 'integer')
    .addColumn('progress_total', 'integer')
    .addColumn('result', c.jsonType)
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('jobs_due').on('jobs').columns(['state', 'run_after']).execute();
  await db.schema.createIndex('jobs_created').on('jobs').column('created_at').execute();
  // One live job per idempotency key; a failed one no longer holds its key.
  await sql`create unique index jobs_key on jobs (key) where key is not null and state <> 'failed'`.execute(db);
}
