/**
 * @module search-filters
 * The filter and row-mapping parts of a full-text search, shared by both dialects. Dialect
 * queries alias the passages table `p`; filters test only `p.document_id`, so ranking and
 * counting never need the documents table (only the page of hits joins it, for titles).
 */
import { sql, type RawBuilder } from 'kysely';
import type { SearchHit, SearchQuery } from './store.ts';
import { unspaceCjk } from './cjk-spacing.ts';

/**
 * Most matches a search ranks. A word in a third of all passages would otherwise be ranked in
 * every one of them, and search time would grow with the corpus (measured on PostgreSQL: 0.2 s
 * at 10,000 documents for "cooperation"). Past the cap, the hits are the best of the first
 * matches in index order, and the page says its total is capped (a lower bound).
 */
export const RANKED_MATCHES_CAP = 2000;

/** Whether the query filters its hits (by kind, entity or date), so passages must be joined. */
export function hasSearchFilters(query: SearchQuery): boolean {
  return Boolean(query.kind || query.entityId || query.publishedAfter);
}

/** `and …` conditions for the query's filters (empty when none). */
export function searchFilterSql(query: SearchQuery): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  if (query.kind) parts.push(sql`and p.document_id in (select d.id from documents d where d.kind = ${query.kind})`);
  if (query.entityId)
    parts.push(
      sql`and exists (select 1 from annotations a where a.document_id = p.document_id
        and a.layer = 'entities' and a.entity_id = ${query.entityId})`,
    );
  if (query.publishedAfter)
    parts.push(
      sql`and p.document_id in (select d.id from documents d
        where d.published is null or d.published > ${query.publishedAfter})`,
    );
  return sql.join(parts, sql` `);
}

/** The columns every dialect's search query selects, besides `snippet` and `score`. */
export interface SearchRow {
  document_id: string;
  title: string | null;
  file_name: string | null;
  kind: string;
  label: string | null;
  span_start: number;
  span_end: number;
  snippet: string;
  score: number | string;
}

/** Maps a result row to a hit. */
export function toSearchHit(row: SearchRow): SearchHit {
  return {
    documentId: row.document_id,
    title: row.title,
    fileName: row.file_name,
    nodeKind: row.kind,
    label: row.label,
    start: Number(row.span_start),
    end: Number(row.span_end),
    snippet: unspaceCjk(row.snippet),
    score: Number(row.score),
  };
}
