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

/** Seconds to insert every batch into a fresh table in schema `schema` (dropped afterwards). */
export async function postgresFloorSeconds(
  url: string,
  schema: string,
  batchesOfRecords: Iterable<DocumentRecord[]>,
): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create schema ${schema}`);
    await client.query(`create table ${schema}.docs (id text primary key, text text not null,
      tsv tsvector generated always as (to_tsvector('english'::regconfig, text)) stored)`);
    await client.query(`create index on ${schema}.docs using gin (tsv)`);
    let seconds = 0;
    for (const batch of batchesOfRecords) {
      const started = performance.now();
      await client.query('begin');
      await client.query(`insert into ${schema}.docs (id, text) select * from unnest($1::text[], $2::text[])`, [
        batch.map((r) => r.document.id),
        batch.map((r) => r.document.text),
      ]);
      await client.query('commit');
      seconds += (performance.now() - started) / 1000;
    }
    return seconds;
  } finally {
    await client.query(`drop schema if exists ${schema} cascade`).catch(() => {});
    await client.end();
  }
}
