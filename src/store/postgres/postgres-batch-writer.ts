/**
 * @module postgres-batch-writer
 * Writes a batch of documents on PostgreSQL in one transaction and a handful of round trips:
 * the documents by one multi-row `insert … on conflict do nothing returning id` (which decides
 * what is new, so two concurrent writers of one document cannot both win), then every other
 * table of the new documents by one COPY each. Should the batch fail in the database (rows are
 * checked before, so this is rare), its documents are written again one transaction each, so
 * one bad document fails alone.
 */
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { COLUMNS, rowValues, type BatchWriter, type RowSetOutcome, type WrittenTable } from '../batch-writer.ts';
import type { DocumentRowSet } from '../document-row-set.ts';
import { copyRows } from './copy-text.ts';

/** Document columns that are not text; JSON travels as text and is cast. */
const DOCUMENT_TYPES: Readonly<Record<string, string>> = {
  meta: 'jsonb',
  tree: 'jsonb',
  length: 'integer',
  clause_count: 'integer',
};

/** A writer over the store's connection pool. */
export function createPostgresBatchWriter(pool: pg.Pool): BatchWriter {
  const inTransaction = async (sets: readonly DocumentRowSet[]): Promise<Set<string>> => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const created = await writeSets(client, sets);
      await client.query('commit');
      return created;
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
  return {
    async write(sets) {
      try {
        const created = await inTransaction(sets);
        return sets.map((set) => ({ created: created.has(set.id) }));
      } catch (batchError) {
        if (sets.length === 1) return [{ error: asError(batchError) }];
        const outcomes: RowSetOutcome[] = [];
        for (const set of sets) {
          try {
            outcomes.push({ created: (await inTransaction([set])).has(set.id) });
          } catch (error) {
            outcomes.push({ error: asError(error) });
          }
        }
        return outcomes;
      }
    },
  };
}

/** Writes the sets in the client's open transaction; returns the ids that were new. */
async function writeSets(client: pg.PoolClient, sets: readonly DocumentRowSet[]): Promise<Set<string>> {
  const created = await insertDocuments(
    client,
    sets.map((s) => s.document),
  );
  const fresh = sets.filter((s) => created.has(s.id));
  await copyInto(
    client,
    'sources',
    fresh.flatMap((s) => (s.source ? [s.source] : [])),
  );
  await copyInto(
    client,
    'nodes',
    fresh.flatMap((s) => s.nodes),
  );
  await copyInto(
    client,
    'passages',
    fresh.flatMap((s) => s.passages),
  );
  await copyInto(
    client,
    'annotations',
    fresh.flatMap((s) => s.annotations),
  );
  await copyInto(
    client,
    'analysis_runs',
    fresh.flatMap((s) => (s.run ? [s.run] : [])),
  );
  return created;
}

/** One multi-row insert of the document rows (each column one array parameter); the ids inserted. */
async function insertDocuments(client: pg.PoolClient, rows: readonly object[]): Promise<Set<string>> {
  const columns = COLUMNS.documents;
  const values = rows.map((row) => rowValues('documents', row));
  const arrays = columns.map((column, i) => `$${i + 1}::${wireType(column)}[]`);
  const selected = columns.map((column) => (DOCUMENT_TYPES[column] === 'jsonb' ? `u.${column}::jsonb` : `u.${column}`));
  const result = await client.query<{ id: string }>(
    `insert into documents (${columns.join(', ')}) select ${selected.join(', ')}
     from unnest(${arrays.join(', ')}) as u(${columns.join(', ')})
     on conflict (id) do nothing returning id`,
    columns.map((_, i) => values.map((v) => v[i])),
  );
  return new Set(result.rows.map((r) => r.id));
}

function wireType(column: string): string {
  const type = DOCUMENT_TYPES[column] ?? 'text';
  return type === 'jsonb' ? 'text' : type;
}

/** Streams the rows into the table with COPY (text format). */
async function copyInto(client: pg.PoolClient, table: WrittenTable, rows: readonly object[]): Promise<void> {
  if (!rows.length) return;
  const text = copyRows(rows.map((row) => rowValues(table, row)));
  const stream = client.query(copyFrom(`copy ${table} (${COLUMNS[table].join(', ')}) from stdin`));
  await pipeline(Readable.from([text]), stream);
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
