/**
 * @module 110-review-queue-index
 * Migration 110: the review queue as an indexed list. The queue used to be built from every
 * layer, claim and link of the store and ranked in memory on each request (a minute at 20,000
 * documents); now its items are kept ranked in `queue_items`, one row per suggestion with its
 * sort key, and rebuilt per source group when that group's stamp in `queue_sources` changes.
 * `queue_settled` holds what stored decisions settle (item ids, `*<target>`), so an item leaves
 * the queue by one indexed update when it is decided. Nothing here is a source of truth: every
 * row can be rebuilt from the layers and the decisions.
 */
import type { Kysely, Migration } from 'kysely';

export const reviewQueueIndex: Migration = {
  up: async (db: Kysely<any>) => {
    await db.schema
      .createTable('queue_items')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('grp', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('target', 'text', (col) => col.notNull())
      .addColumn('document_id', 'text', (col) => col.notNull())
      .addColumn('format_key', 'text')
      // Minus the priority, then the kind's place, document and id: one ascending order.
      .addColumn('order_key', 'double precision', (col) => col.notNull())
      .addColumn('kind_order', 'integer', (col) => col.notNull())
      .addColumn('open', 'integer', (col) => col.notNull())
      .addColumn('item', 'text', (col) => col.notNull())
      .execute();
    const order = ['order_key', 'kind_order', 'document_id', 'id'];
    await db.schema
      .createIndex('queue_items_open_order')
      .on('queue_items')
      .columns(['open', ...order])
      .execute();
    await db.schema
      .createIndex('queue_items_kind_order')
      .on('queue_items')
      .columns(['open', 'kind', ...order])
      .execute();
    await db.schema.createIndex('queue_items_document').on('queue_items').columns(['document_id', 'open']).execute();
    await db.schema.createIndex('queue_items_target').on('queue_items').column('target').execute();
    await db.schema.createIndex('queue_items_group').on('queue_items').column('grp').execute();
    await db.schema
      .createTable('queue_sources')
      .addColumn('grp', 'text', (col) => col.primaryKey())
      .addColumn('stamp', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createTable('queue_settled')
      .addColumn('key', 'text', (col) => col.primaryKey())
      .execute();
  },
};
