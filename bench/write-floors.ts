/**
 * @module write-floors
 * The floor the store's write rate is compared with: the same document texts bulk-inserted with
 * nothing else — one table and its full-text index, prepared statements, one transaction per
 * batch. SQLite: better-sqlite3 with FTS5 (the store's tokenizer); PostgreSQL: multi-row
 * inserts (unnest) into a table with a generated tsvector and a GIN index (the store's index).
 */
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import type { DocumentRecord } from '../src/store/store.ts';

/** Seconds to insert every batch into a fresh SQLite file in `dir`. */
export function sqliteFloorSeconds(dir: string, batchesOfRecords: Iterable<DocumentRecord[]>): number {
  const db = new Sqlite(join(dir, 'floor.db'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(`create table docs (id text primary key, text text not null);
      create virtual table docs_fts using fts5(text, tokenize='porter unicode61 remove_diacritics 2')`);
    const insertDoc = db.prepare('insert into docs (id, text) values (?, ?)');
    const insertFts = db.prepare('insert into docs_fts (rowid, text) values (?, ?)');
    const insertBatch = db.transaction((records: DocumentRecord[]) => {
      for (const r of records) {
        const { lastInsertRowid } = insertDoc.run(r.document.id, r.document.text);
        insertFts.run(lastInsertRowid, r.document.text);
      }
    });
    let seconds = 0;
    for (const batch of batchesOfRecords) {
      const started = performance.now();
      insertBatch(batch);
      seconds += (performance.now() - started) / 1000;
    }
    return seconds;
  } finally {
    db.close();
  }
}

/**
 * Seconds to insert every batch into a fresh table in schema `schema` (dropped afterwards);
 * with `connections` > 1 each batch is cut into that many slices inserted at once, one
 * transaction per connection, as the store's PostgreSQL writer does.
 */
export async function postgresFloorSeconds(
  url: string,
  schema: string,
  batchesOfRecords: Iterable<DocumentRecord[]>,
  connections = 1,
): Promise<number> {
  const clients = Array.from({ length: connections }, () => new pg.Client({ connectionString: url }));
  for (const client of clients) await client.connect();
  const [first] = clients;
  try {
    await first.query(`create schema ${schema}`);
    await first.query(`create table ${schema}.docs (id text primary key, text text not null,
      tsv tsvector generated always as (to_tsvector('english'::regconfig, text)) stored)`);
    await first.query(`create index on ${schema}.docs using gin (tsv)`);
    const insert = async (client: pg.Client, slice: DocumentRecord[]) => {
      await client.query('begin');
      await client.query(`insert into ${schema}.docs (id, text) select * from unnest($1::text[], $2::text[])`, [
        slice.map((r) => r.document.id),
        slice.map((r) => r.document.text),
      ]);
      await client.query('commit');
    };
    let seconds = 0;
    for (const batch of batchesOfRecords) {
      const started = performance.now();
      const size = Math.ceil(batch.length / connections);
      await Promise.all(clients.map((client, i) => insert(client, batch.slice(i * size, (i + 1) * size))));
      seconds += (performance.now() - started) / 1000;
    }
    return seconds;
  } finally {
    await first.query(`drop schema if exists ${schema} cascade`).catch(() => {});
    for (const client of clients) await client.end();
  }
}
