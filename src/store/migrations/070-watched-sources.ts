/**
 * @module 070-watched-sources
 * Migration 070 (issue 12, monitored sources): the sources Concord watches, and every item
 * each one has listed with the time it was first seen and the document it became. Items go
 * with their source; a document deleted later leaves its item pointing nowhere, which is
 * harmless (the item is still seen, so it is not fetched again).
 */
import type { Kysely, Migration } from 'kysely';

export function watchedSources(): Migration {
  return { up };
}

async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('watched_sources')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('url', 'text', (col) => col.notNull().unique())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('format', 'text')
    .addColumn('interval_minutes', 'integer', (col) => col.notNull())
    .addColumn('added_by', 'text', (col) => col.notNull())
    .addColumn('added_at', 'text', (col) => col.notNull())
    .addColumn('last_polled_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('failures', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('watched_items')
    .addColumn('source_id', 'text', (col) => col.notNull().references('watched_sources.id').onDelete('cascade'))
    // The item's URL; for a watched page, its URL and the hash of one version.
    .addColumn('item_key', 'text', (col) => col.notNull())
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('title', 'text')
    .addColumn('first_seen_at', 'text', (col) => col.notNull())
    .addColumn('document_id', 'text')
    .addColumn('content_hash', 'text')
    .addColumn('ingested_at', 'text')
    .addColumn('error', 'text')
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('watched_items_pk', ['source_id', 'item_key'])
    .execute();
  await db.schema.createIndex('watched_items_url').on('watched_items').column('url').execute();
  await db.schema.createIndex('watched_items_hash').on('watched_items').column('content_hash').execute();
  await db.schema.createIndex('watched_items_ingested').on('watched_items').column('ingested_at').execute();
}
