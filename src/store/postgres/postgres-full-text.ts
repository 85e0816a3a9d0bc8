/**
 * @module postgres-full-text
 * Full-text search on PostgreSQL: a stored generated tsvector column on `passages` with a GIN
 * index. The `english` configuration stems like SQLite's porter tokenizer, so both dialects
 * find the same passages for "cooperate"/"cooperation"; the corpus is English-first, and
 * words of other languages still index as lower-cased lexemes. Ranked by ts_rank_cd;
 * snippets by ts_headline with \u0002…\u0003 around matches, computed for the page only.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { FullTextIndex } from '../dialect-config.ts';
import type { Database } from '../database-schema.ts';
import { RANKED_MATCHES_CAP, searchFilterSql, toSearchHit, type SearchRow } from '../search-filters.ts';
import type { SearchPage, SearchQuery } from '../store.ts';
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
    // Written in the query (not a CTE), the tsquery lets the planner see how common its words
    // are: a word in a tenth of all passages is read by a scan that stops at the cap, not by a
    // bitmap of every match (which grows with the corpus). Either plan yields the first matches
    // in storage order, given the session settings of postgres-store.ts, so pages stay consistent.
    return rankedPage(db, sql`to_tsquery('english'::regconfig, ${tsquery})`, query, page);
  },
};

/**
 * The matches, one past the cap at most (see RANKED_MATCHES_CAP), each ranked as it is read:
 * only its id, rank and tie-breaking columns are kept, so the sort moves small rows, and the
 * body (for ts_headline) and the title are read for the page alone. Filters test only
 * passages, so neither counting nor ranking joins documents.
 */
async function rankedPage(
  db: Kysely<Database>,
  q: RawBuilder<unknown>,
  query: SearchQuery,
  page: { limit: number; offset: number },
): Promise<SearchPage> {
  const matches = sql`with m as materialized (
      select p.id, p.document_id, p.span_start, ts_rank_cd(p.tsv, ${q}) as score
      from passages p where p.tsv @@ ${q} ${searchFilterSql(query)} limit ${sql.lit(RANKED_MATCHES_CAP + 1)})`;
  const counted = (n: number) => (n > RANKED_MATCHES_CAP ? { total: RANKED_MATCHES_CAP, capped: true } : { total: n });
  const count = async () =>
    Number((await sql<{ n: string }>`${matches} select count(*) as n from m`.execute(db)).rows[0]?.n ?? 0);
  if (page.limit === 0) return { items: [], ...counted(await count()) };
  const rows = await sql<SearchRow & { total: string }>`${matches},
    top as (select id, score from m order by score desc, document_id, span_start
      limit ${page.limit} offset ${page.offset})
    select p.document_id, d.title, d.file_name, p.kind, p.label, p.span_start, p.span_end, top.score,
      (select count(*) from m) as total, ts_headline('english'::regconfig, p.body, ${q}, ${HEADLINE_OPTIONS}) as snippet
    from top join passages p on p.id = top.id join documents d on d.id = p.document_id
    order by top.score desc, p.document_id, p.span_start`.execute(db);
  // No row carries the total when the page lies past the last hit.
  const n = rows.rows.length ? Number(rows.rows[0].total) : page.offset ? await count() : 0;
  return { items: rows.rows.map(toSearchHit), ...counted(n) };
}
