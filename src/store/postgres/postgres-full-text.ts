/**
 * @module postgres-full-text
 * Full-text search on PostgreSQL: a stored generated tsvector column on `passages` with a GIN
 * index. The `english` configuration stems like SQLite's porter tokenizer, so both dialects
 * find the same passages for "cooperate"/"cooperation"; the corpus is English-first, and
 * words of other languages still index as lower-cased lexemes. Ranked by ts_rank_cd;
 * snippets by ts_headline with \u0002…\u0003 around matches, computed for the page only.
 */
import { sql, type Kysely } from 'kysely';
import type { FullTextIndex } from '../dialect-config.ts';
import type { Database } from '../database-schema.ts';
import { searchFilterSql, toSearchHit, type SearchRow } from '../search-filters.ts';
import { toTsquery } from './postgres-search-query.ts';

/**
 * ts_headline options: markers as in SearchHit; one stretch of 12–32 words around the best
 * match (fragment mode would drop the punctuation and the clause marker of a short passage).
 */
const HEADLINE_OPTIONS = 'StartSel=\u0002, StopSel=\u0003, MaxWords=32, MinWords=12, ShortWord=2';

/** The tsvector index. */
export const postgresFullText: FullTextIndex = {
  kind: 'tsvector',
  async migrate(db: Kysely<any>) {
    await sql`alter table passages add column tsv tsvector generated always as (to_tsvector('english'::regconfig, body)) stored`.execute(
      db,
    );
    await sql`create index passages_tsv on passages using gin (tsv)`.execute(db);
  },
  async search(db: Kysely<Database>, expression, query, page) {
    const tsquery = toTsquery(expression);
    if (!tsquery) return { items: [], total: 0 };
    const filters = searchFilterSql(query);
    // Filters test only passages: counting and ranking need no join; the page joins documents for titles.
    const from = sql`from passages p, to_tsquery('english'::regconfig, ${tsquery}) q where p.tsv @@ q ${filters}`;
    const total = await sql<{ n: string }>`select count(*) as n ${from}`.execute(db);
    const rows = await sql<SearchRow>`
      select h.document_id, d.title, d.file_name, h.kind, h.label, h.span_start, h.span_end, h.score,
        ts_headline('english'::regconfig, h.body, h.q, ${HEADLINE_OPTIONS}) as snippet
      from (
        select p.document_id, p.kind, p.label, p.span_start, p.span_end, p.body, q,
          ts_rank_cd(p.tsv, q) as score
        ${from}
        order by score desc, p.document_id, p.span_start
        limit ${page.limit} offset ${page.offset}
      ) h join documents d on d.id = h.document_id
      order by h.score desc, h.document_id, h.span_start`.execute(db);
    return { items: rows.rows.map(toSearchHit), total: Number(total.rows[0]?.n ?? 0) };
  },
};
