/**
 * @module document-list-order.test
 * The document list reads a page in the order of migration 150's indexes instead of sorting
 * every document: SQLite's plan for the list's order (as `queries/list-documents.ts` writes it),
 * plain and within a kind, uses an index and no temporary sort. PostgreSQL's planner may prefer
 * a sort on a small table, so there the test only checks the indexes exist.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testDialects } from './store-dialects.ts';

const ORDER = sql`order by published is null, "published" desc, "created_at" desc, "id" limit 50`;

describe('document list order', async () => {
  for (const dialect of await testDialects()) {
    test(`should page the list through an index (${dialect.name})`, async (t) => {
      if (dialect.skip) return t.skip(dialect.skip);
      const store = await dialect.open();
      t.after(() => dialect.dispose(store));
      if (dialect.name === 'sqlite') {
        for (const where of [sql``, sql`where kind = 'news'`]) {
          const { rows } = await sql<{
            detail: string;
          }>`explain query plan select id from documents ${where} ${ORDER}`.execute(store.db);
          const plan = rows.map((r) => r.detail).join(' | ');
          assert.match(plan, /documents_(kind_)?list_order/, plan);
          assert.doesNotMatch(plan, /TEMP B-TREE/, plan);
        }
      } else {
        const { rows } = await sql<{ indexname: string }>`select indexname from pg_indexes
          where schemaname = current_schema() and tablename = 'documents' and indexname like '%list_order'`.execute(
          store.db,
        );
        assert.deepEqual(rows.map((r) => r.indexname).sort(), ['documents_kind_list_order', 'documents_list_order']);
      }
    });
  }
});
