/**
 * @module list-documents
 * The document list: filters, order, count and page, all in the database.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../database-schema.ts';
import type { DocumentSummary, ListQuery, Page } from '../store.ts';
import { escapeLike, paging, withoutNul } from '../store-query-helpers.ts';
import { toSummary, type JsonDecoder } from '../store-rows.ts';

/** Newest publication first (undated last), then newest ingest, then id. */
export async function selectDocuments(
  db: Kysely<Database>,
  decode: JsonDecoder,
  listQuery: ListQuery,
): Promise<Page<DocumentSummary>> {
  const query = withoutNul(listQuery);
  let base = db.selectFrom('documents');
  if (query.kind) base = base.where('kind', '=', query.kind);
  if (query.language) base = base.where('language', '=', query.language);
  if (query.publisher) base = base.where('publisher', '=', query.publisher);
  if (query.text) {
    const pattern = `%${escapeLike(query.text.toLowerCase())}%`;
    base = base.where((eb) =>
      eb.or([
        sql<boolean>`lower(title) like ${pattern} escape '\\'`,
        sql<boolean>`lower(file_name) like ${pattern} escape '\\'`,
      ]),
    );
  }
  if (query.entityId) {
    const entityId = query.entityId;
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('annotations as a')
          .select('a.id')
          .whereRef('a.document_id', '=', 'documents.id')
          .where('a.layer', '=', 'entities')
          .where('a.entity_id', '=', entityId),
      ),
    );
  }
  const { limit, offset } = paging(query);
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
    base
      .select(['id', 'meta', 'title', 'kind', 'length', 'clause_count', 'created_at'])
      // `published is null` sorts false before true in both dialects: undated documents go last.
      // Migration 150 indexes exactly this order (plain and within a kind): change both together.
      .orderBy(sql`published is null`)
      .orderBy('published', 'desc')
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute(),
  ]);
  return { items: rows.map((r) => toSummary(r, decode)), total: Number(count?.n ?? 0) };
}
