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
import { RANKED_MATCHES_CAP, searchFilterSql, toSearchHit, type SearchRow } from '../search-filters.ts';
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
    await sql`alter table passages add column tsv tsvector
      generated always as (to_tsvector('english'::regconfig, body)) stored`.execute(db);
    await sql`create index passages_tsv on passages using gin (tsv)`.execute(db);
  },
  async search(db: Kysely<Database>, expression, query, page) {
    const tsquery = toTsquery(expression);
    if (!tsquery) return { items: [], total: 0 };
    const filters = searchFilterSql(query);
    // The matches, one past the cap at most (see RANKED_MATCHES_CAP); filters test only
    // passages, so neither counting nor ranking joins documents (the page does, for titles).
    const matches = sql`with q as (select to_tsquery('english'::regconfig, ${tsquery}) as q),
      m as materialized (
        select p.document_id, p.kind, p.label, p.span_start, p.span_end, p.body, p.tsv
        from passages p, q where p.tsv @@ q.q ${filters} limit ${sql.lit(RANKED_MATCHES_CAP + 1)})`;
    const counted = (n: number) =>
      n > RANKED_MATCHES_CAP ? { total: RANKED_MATCHES_CAP, capped: true } : { total: n };
    const count = async () =>
      Number((await sql<{ n: string }>`${matches} select count(*) as n from m`.execute(db)).rows[0]?.n ?? 0);
    if (page.limit === 0) return { items: [], ...counted(await count()) };
    const rows = await sql<SearchRow & { total: string }>`${matches}
      select h.document_id, d.title, d.file_name, h.kind, h.label, h.span_start, h.span_end, h.score, h.total,
        ts_headline('english'::regconfig, h.body, q.q, ${HEADLINE_OPTIONS}) as snippet
      from (
        select m.*, ts_rank_cd(m.tsv, q.q) as score, count(*) over () as total from m, q
        order by score desc, m.document_id, m.span_start
        limit ${page.limit} offset ${page.offset}
      ) h join documents d on d.id = h.document_id, q
      order by h.score desc, h.document_id, h.span_start`.execute(db);
    // No row carries the total when the page lies past the last hit.
    const n = rows.rows.length ? Number(rows.rows[0].total) : page.offset ? await count() : 0;
    return { items: rows.rows.map(toSearchHit), ...counted(n) };
  },
};
