/**
 * @module one-statement-write
 * A batch of documents written by one statement: every table's rows travel as one JSON array
 * each, expanded by `json_populate_recordset` in writable CTEs. The documents' insert (`on
 * conflict do nothing returning id`) decides what is new and the other tables take only the
 * rows of those; one statement is atomic without `begin`/`commit`, so a batch costs one round
 * trip instead of eight.
 */
import type pg from 'pg';
import { COLUMNS, type WrittenTable } from '../batch-writer.ts';
import type { DocumentRowSet } from '../document-row-set.ts';
import { jsonRows } from './json-rows.ts';

/** The tables after `documents`, with how a row set lists their rows. */
const CHILDREN: readonly [WrittenTable, (set: DocumentRowSet) => readonly object[]][] = [
  ['sources', (s) => (s.source ? [s.source] : [])],
  ['nodes', (s) => s.nodes],
  ['passages', (s) => s.passages],
  ['annotations', (s) => s.annotations],
  ['analysis_runs', (s) => (s.run ? [s.run] : [])],
];

/**
 * Writes the sets in one statement; returns the ids that were new. Documents go in id order,
 * so concurrent writers of overlapping batches take the unique index's locks in one order.
 */
export async function writeInOneStatement(
  client: pg.PoolClient | pg.Pool,
  sets: readonly DocumentRowSet[],
): Promise<Set<string>> {
  const documents = COLUMNS.documents.join(', ');
  const sorted = [...sets].sort((a, b) => (a.id < b.id ? -1 : 1));
  const params = [
    jsonRows(
      'documents',
      sorted.map((s) => s.document),
    ),
  ];
  const ctes = [
    `d as (insert into documents (${documents}) select ${documents}
      from json_populate_recordset(null::documents, $1::json) order by id
      on conflict (id) do nothing returning id)`,
  ];
  for (const [table, rowsOf] of CHILDREN) {
    const rows = sets.flatMap(rowsOf);
    if (!rows.length) continue;
    params.push(jsonRows(table, rows));
    const columns = COLUMNS[table].join(', ');
    ctes.push(`${table} as (insert into ${table} (${columns}) select ${columns}
      from json_populate_recordset(null::${table}, $${params.length}::json)
      where document_id in (select id from d))`);
  }
  const result = await client.query<{ id: string }>(`with ${ctes.join(',\n')} select id from d`, params);
  return new Set(result.rows.map((r) => r.id));
}
