/**
 * @module postgres-batch-writer
 * Writes a batch of documents on PostgreSQL in a handful of round trips per transaction: the
 * documents by one multi-row `insert … on conflict do nothing returning id` of one JSON array
 * (which decides what is new, so two concurrent writers of one document cannot both win), then every other table
 * of the new documents by one COPY each, streamed while the rows are formatted so the database
 * works while the next rows are built. A large batch is cut into `writers` slices written at
 * once on connections of their own, one transaction each: the database's work (the tsvector
 * and GIN entries of every passage, an index entry and a foreign-key check per annotation)
 * dominates and runs on one core per connection. Each document stays atomic. Should a slice
 * fail in the database (rows are checked before, so this is rare), its documents are written
 * again one transaction each, so one bad document fails alone. A few documents (one upload)
 * are written by one statement instead (one-statement-write.ts).
 */
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Kysely, PostgresDialect } from 'kysely';
import {
  COLUMNS,
  type InTransaction,
  rowValues,
  type BatchWriter,
  type RowSetOutcome,
  type WrittenTable,
} from '../batch-writer.ts';
import type { Database } from '../database-schema.ts';
import type { DocumentRowSet } from '../document-row-set.ts';
import { copyChunks } from './copy-text.ts';
import { jsonRows } from './json-rows.ts';
import { writeInOneStatement } from './one-statement-write.ts';

/**
 * Up to this many documents, one statement writes them (one round trip instead of eight; three
 * times the rate for one document); above, COPY's cheaper parsing wins (measured: equal near 12).
 */
const ONE_STATEMENT_MAX = 10;

/** Below this many documents per slice a batch is not cut: a transaction's fixed cost would dominate. */
const MIN_SLICE = 25;

/** How the writer uses the pool. */
export interface PostgresWriterOptions {
  /** Slices of a batch written at once, each on its own connection (default 2). */
  readonly writers?: number;
}

/** A writer over the store's connection pool. */
export function createPostgresBatchWriter(pool: pg.Pool, options: PostgresWriterOptions = {}): BatchWriter {
  const writers = Math.max(1, Math.floor(options.writers ?? 2));
  const inTransaction = async (sets: readonly DocumentRowSet[], then?: InTransaction): Promise<Set<string>> => {
    // A few documents go in one statement, one round trip; with custody rows to write in the
    // same transaction, that statement runs between begin and commit.
    const few = sets.length <= ONE_STATEMENT_MAX;
    if (few && !then) return writeInOneStatement(pool, sets);
    const client = await pool.connect();
    try {
      await client.query('begin');
      const created = few ? await writeInOneStatement(client, sets) : await writeSets(client, sets);
      if (then) await then(onClient(client), created);
      await client.query('commit');
      return created;
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
  const writeSlice = async (sets: readonly DocumentRowSet[], then?: InTransaction): Promise<RowSetOutcome[]> => {
    try {
      const created = await inTransaction(sets, then);
      return sets.map((set) => ({ created: created.has(set.id) }));
    } catch (batchError) {
      if (sets.length === 1) return [{ error: asError(batchError) }];
      const outcomes: RowSetOutcome[] = [];
      for (const set of sets) {
        try {
          outcomes.push({ created: (await inTransaction([set], then)).has(set.id) });
        } catch (error) {
          outcomes.push({ error: asError(error) });
        }
      }
      return outcomes;
    }
  };
  return {
    async write(sets, then) {
      const slices = slicesOf(sets, Math.min(writers, Math.floor(sets.length / MIN_SLICE) || 1));
      return (await Promise.all(slices.map((slice) => writeSlice(slice, then)))).flat();
    },
  };
}

/**
 * The query builder on one client already inside a transaction: its queries join that
 * transaction (it never begins, commits or releases anything itself).
 */
function onClient(client: pg.PoolClient): Kysely<Database> {
  const borrowed = {
    query: (...args: unknown[]) => (client.query as (...a: unknown[]) => unknown)(...args),
    release() {},
  };
  const pool = { connect: async () => borrowed, end: async () => {} };
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: pool as unknown as pg.Pool }) });
}

/** `n` contiguous slices of nearly equal length, in order. */
function slicesOf<T>(items: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  const size = Math.ceil(items.length / n);
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Writes the sets in the client's open transaction; returns the ids that were new. */
async function writeSets(client: pg.PoolClient, sets: readonly DocumentRowSet[]): Promise<Set<string>> {
  const created = await insertDocuments(
    client,
    sets.map((s) => s.document),
  );
  const fresh = sets.filter((s) => created.has(s.id));
  await copyInto(client, 'sources', fresh, (s) => (s.source ? [s.source] : []));
  await copyInto(client, 'nodes', fresh, (s) => s.nodes);
  await copyInto(client, 'passages', fresh, (s) => s.passages);
  await copyInto(client, 'annotations', fresh, (s) => s.annotations);
  await copyInto(client, 'analysis_runs', fresh, (s) => (s.run ? [s.run] : []));
  return created;
}

/**
 * One multi-row insert of the document rows, sent as one JSON array (json-rows.ts; measured
 * about 0.25 ms less per document than one array parameter per column); the ids inserted. Rows
 * go in id order, so concurrent writers of overlapping batches take the unique index's locks in
 * one order and cannot deadlock.
 */
async function insertDocuments(client: pg.PoolClient, rows: readonly { id: string }[]): Promise<Set<string>> {
  const columns = COLUMNS.documents.join(', ');
  const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
  const result = await client.query<{ id: string }>(
    `insert into documents (${columns}) select ${columns}
     from json_populate_recordset(null::documents, $1::json) order by id
     on conflict (id) do nothing returning id`,
    [jsonRows('documents', sorted)],
  );
  return new Set(result.rows.map((r) => r.id));
}

/** Streams the table's rows of every set into it with COPY (text format), formatted as they are sent. */
async function copyInto(
  client: pg.PoolClient,
  table: WrittenTable,
  sets: readonly DocumentRowSet[],
  rowsOf: (set: DocumentRowSet) => readonly object[],
): Promise<void> {
  if (!sets.some((s) => rowsOf(s).length)) return;
  const values = function* () {
    for (const set of sets) for (const row of rowsOf(set)) yield rowValues(table, row);
  };
  const stream = client.query(copyFrom(`copy ${table} (${COLUMNS[table].join(', ')}) from stdin`));
  await pipeline(Readable.from(copyChunks(values()), { objectMode: false }), stream);
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
