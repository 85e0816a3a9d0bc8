/**
 * @module batch-search
 * A batch search: a CSV of names or terms in (the first column of each row; a header row
 * named `query`, `name` or `term` is skipped), the hits of each row out, each row searched as
 * the single search is (names widened to every spelling unless exact). A malformed CSV is
 * refused with the parser's reason and line; too many rows are refused before any search.
 */
import { parse } from 'csv-parse/sync';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { SearchHit, Store } from '../store/store.ts';
import type { NameExpansion } from './name-expansion.ts';
import { searchWithNames } from './search-with-names.ts';

/** Rows one batch may hold. */
export const MAX_BATCH_ROWS = 1000;
const HEADER = /^(query|name|term|search)$/i;

/** The hits of one row. */
export interface BatchRow {
  /** 1-based line of the CSV row. */
  readonly row: number;
  readonly query: string;
  readonly total: number;
  readonly capped?: boolean;
  readonly expansions: readonly NameExpansion[];
  readonly hits: readonly SearchHit[];
}

/** Thrown for input a batch cannot run; the message says what to fix. */
export class BatchSearchError extends Error {}

/**
 * The queries of a CSV text, with their line numbers.
 * @example batchQueries('query\nTokaev\n"Central Asia"')
 * // [{ row: 2, query: 'Tokaev' }, { row: 3, query: 'Central Asia' }]
 */
export function batchQueries(csv: string): { row: number; query: string }[] {
  let records: string[][];
  try {
    records = parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new BatchSearchError(`The CSV could not be read: ${(error as Error).message}`);
  }
  const queries = records
    .map((fields, i) => ({ row: i + 1, query: (fields[0] ?? '').trim() }))
    .filter((r, i) => r.query && !(i === 0 && HEADER.test(r.query)));
  if (!queries.length) throw new BatchSearchError('The CSV holds no query: put one name or term per row.');
  if (queries.length > MAX_BATCH_ROWS)
    throw new BatchSearchError(`The CSV holds ${queries.length} queries; a batch takes at most ${MAX_BATCH_ROWS}.`);
  return queries;
}

/** Runs every row's search. */
export async function batchSearch(
  store: Pick<Store, 'search'>,
  kb: KnowledgeBase,
  csv: string,
  options: { limit?: number; exact?: boolean } = {},
): Promise<BatchRow[]> {
  const rows: BatchRow[] = [];
  for (const { row, query } of batchQueries(csv)) {
    const page = await searchWithNames(store, kb, { query, limit: options.limit ?? 5, exact: options.exact });
    rows.push({
      row,
      query,
      total: page.total,
      ...(page.capped ? { capped: true } : {}),
      expansions: page.expansions,
      hits: page.items,
    });
  }
  return rows;
}
