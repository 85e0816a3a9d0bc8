/**
 * @module sqlite-full-text
 * Full-text search on SQLite: an external-content FTS5 table over `passages` (the text is
 * stored once, in `passages`), kept in step by triggers — which also fire for the cascading
 * delete of a document. The insert trigger made here is dropped by migration 020: the batch
 * writer indexes a batch's new passages with one statement. Porter stemming matches
 * "cooperate" with "cooperation"; diacritics are folded. Ranked by bm25; snippets by `snippet()`
 * with \u0002…\u0003 around matches.
 *
 * A common word matches tens of thousands of passages, so the query does as little per match
 * as it can: bm25 once per match (kept in a materialised CTE that also gives the total), the
 * tie-breaking join only for matches that rank no lower than the page's last hit, and titles
 * and snippets (the costly part) only for the page, in a second statement.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { FullTextIndex } from '../dialect-config.ts';
import type { Database } from '../database-schema.ts';
import {
  RANKED_MATCHES_CAP,
  hasSearchFilters,
  searchFilterSql,
  toSearchHit,
  type SearchRow,
} from '../search-filters.ts';
import type { SearchHit, SearchQuery } from '../store.ts';
import { toFts5Match } from './sqlite-search-query.ts';

/** Tokens of context a snippet holds (FTS5 allows at most 64). */
const SNIPPET_TOKENS = 32;

/** The FTS5 index. */
export const sqliteFullText: FullTextIndex = {
  kind: 'fts5',
  async migrate(db: Kysely<any>) {
    const statements = [
      `create virtual table passage_fts using fts5(body, content='passages', content_rowid='id', ` +
        `tokenize='porter unicode61 remove_diacritics 2')`,
      'create trigger passages_fts_insert after insert on passages ' +
        'begin insert into passage_fts(rowid, body) values (new.id, new.body); end',
      'create trigger passages_fts_delete after delete on passages ' +
        `begin insert into passage_fts(passage_fts, rowid, body) values ('delete', old.id, old.body); end`,
      'create trigger passages_fts_update after update on passages ' +
        `begin insert into passage_fts(passage_fts, rowid, body) values ('delete', old.id, old.body); ` +
        'insert into passage_fts(rowid, body) values (new.id, new.body); end',
    ];
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
  async search(db: Kysely<Database>, expression, query, page) {
    const match = toFts5Match(expression);
    if (!match) return { items: [], total: 0 };
    const matches = matchesSql(match, query);
    const counted = (n: number) =>
      n > RANKED_MATCHES_CAP ? { total: RANKED_MATCHES_CAP, capped: true } : { total: n };
    if (page.limit === 0) return { items: [], ...counted(await countMatches(db, matches)) };
    const ranked = await rankedPage(db, matches, page);
    // No row carries the total when the page lies past the last hit.
    const n = ranked.length ? Number(ranked[0].total) : page.offset ? await countMatches(db, matches) : 0;
    return { items: await pageHits(db, match, ranked, expression.length > 1), ...counted(n) };
  },
};

/**
 * One row per matching passage: its id and bm25 rank (lower is better), at most one past the
 * cap (which tells a capped search from one with exactly the cap's number of matches).
 */
function matchesSql(match: string, query: SearchQuery): RawBuilder<unknown> {
  const limit = sql.lit(RANKED_MATCHES_CAP + 1);
  // Without filters the FTS index alone answers; every row of it has its passage and document.
  if (!hasSearchFilters(query))
    return sql`select rowid as id, bm25(passage_fts) as rank from passage_fts where passage_fts match ${match}
      limit ${limit}`;
  return sql`select passage_fts.rowid as id, bm25(passage_fts) as rank
    from passage_fts join passages p on p.id = passage_fts.rowid
    where passage_fts match ${match} ${searchFilterSql(query)}
    limit ${limit}`;
}

async function countMatches(db: Kysely<Database>, matches: RawBuilder<unknown>): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from (${matches})`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

interface RankedRow {
  id: number;
  rank: number;
  total: number;
}

/**
 * The page's passage ids in order (rank, then document and position), with the total. Only
 * matches ranked no lower than the (offset + limit)-th need the join that breaks ties.
 */
async function rankedPage(
  db: Kysely<Database>,
  matches: RawBuilder<unknown>,
  page: { limit: number; offset: number },
): Promise<RankedRow[]> {
  const { rows } = await sql<RankedRow>`
    with ranked as materialized (${matches}),
      cut as (select rank from ranked order by rank limit 1 offset ${page.offset + page.limit - 1})
    select r.id, r.rank, (select count(*) from ranked) as total
    from ranked r join passages p on p.id = r.id
    where r.rank <= coalesce((select rank from cut), r.rank)
    order by r.rank, p.document_id, p.span_start
    limit ${page.limit} offset ${page.offset}`.execute(db);
  return rows;
}

/** Hits with titles and snippets for the ranked ids, in their order. */
async function pageHits(
  db: Kysely<Database>,
  match: string,
  ranked: readonly RankedRow[],
  conjunction: boolean,
): Promise<SearchHit[]> {
  if (!ranked.length) return [];
  // Offered to FTS5 as a constraint, the id list is looked up id by id: cheap for one group of
  // words, but words that must all match are merged again for each id. For those the `+` keeps
  // the list a filter, and FTS5 walks the page's id range once (at 100,000 documents: one word
  // 0.9 ms by id, 2.8 by range; two words 3.8 ms by id, 2.3 by range).
  const ids = ranked.map((r) => Number(r.id));
  const inPage = conjunction ? sql`+passage_fts.rowid` : sql`passage_fts.rowid`;
  const { rows } = await sql<SearchRow & { id: number }>`
    select passage_fts.rowid as id, p.document_id, d.title, d.file_name, p.kind, p.label, p.span_start, p.span_end,
      snippet(passage_fts, 0, char(2), char(3), '…', ${sql.lit(SNIPPET_TOKENS)}) as snippet, 0 as score
    from passage_fts join passages p on p.id = passage_fts.rowid join documents d on d.id = p.document_id
    where passage_fts match ${match} and ${inPage} in (${sql.join(ids)})
      and passage_fts.rowid >= ${Math.min(...ids)} and passage_fts.rowid <= ${Math.max(...ids)}`.execute(db);
  const byId = new Map(rows.map((row) => [Number(row.id), row]));
  return ranked.flatMap((r) => {
    const row = byId.get(Number(r.id));
    return row ? [toSearchHit({ ...row, score: -r.rank })] : [];
  });
}
