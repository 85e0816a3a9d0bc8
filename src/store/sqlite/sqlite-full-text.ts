/**
 * @module sqlite-full-text
 * Full-text search on SQLite: an external-content FTS5 table over `passages` (the text is
 * stored once, in `passages`), kept in step by triggers — which also fire for the cascading
 * delete of a document. Porter stemming matches "cooperate" with "cooperation"; diacritics are
 * folded. Ranked by bm25; snippets by `snippet()` with \u0002…\u0003 around matches.
 */
import { sql, type Kysely } from 'kysely';
import type { FullTextIndex } from '../dialect-config.ts';
import type { Database } from '../database-schema.ts';
import { searchFilterSql, toSearchHit, type SearchRow } from '../search-filters.ts';
import { toFts5Match } from './sqlite-search-query.ts';

/** Tokens of context a snippet holds (FTS5 allows at most 64). */
const SNIPPET_TOKENS = 32;

/** The FTS5 index. */
export const sqliteFullText: FullTextIndex = {
  kind: 'fts5',
  async migrate(db: Kysely<any>) {
    const statements = [
      `create virtual table passage_fts using fts5(body, content='passages', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')`,
      `create trigger passages_fts_insert after insert on passages begin insert into passage_fts(rowid, body) values (new.id, new.body); end`,
      `create trigger passages_fts_delete after delete on passages begin insert into passage_fts(passage_fts, rowid, body) values ('delete', old.id, old.body); end`,
      `create trigger passages_fts_update after update on passages begin insert into passage_fts(passage_fts, rowid, body) values ('delete', old.id, old.body); insert into passage_fts(rowid, body) values (new.id, new.body); end`,
    ];
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
  async search(db: Kysely<Database>, expression, query, page) {
    const match = toFts5Match(expression);
    if (!match) return { items: [], total: 0 };
    const filters = searchFilterSql(query);
    const from = sql`from passage_fts join passages p on p.id = passage_fts.rowid join documents d on d.id = p.document_id where passage_fts match ${match} ${filters}`;
    const total = await sql<{ n: number }>`select count(*) as n ${from}`.execute(db);
    const rows = await sql<SearchRow>`
      select p.document_id, d.title, d.file_name, p.kind, p.label, p.span_start, p.span_end,
        snippet(passage_fts, 0, char(2), char(3), '…', ${sql.lit(SNIPPET_TOKENS)}) as snippet,
        -bm25(passage_fts) as score
      ${from}
      order by bm25(passage_fts), p.document_id, p.span_start
      limit ${page.limit} offset ${page.offset}`.execute(db);
    return { items: rows.rows.map(toSearchHit), total: Number(total.rows[0]?.n ?? 0) };
  },
};
