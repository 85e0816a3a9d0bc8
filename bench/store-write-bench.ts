/**
 * @module store-write-bench
 * Benchmark section: the store's write rate alone (documents already read, structured and
 * analysed), one `putDocument` per document and `putDocuments` in batches, side by side with
 * the bulk-insert floor of the same texts (bench/write-floors.ts), on SQLite and, when it
 * answers, PostgreSQL. Each path writes into a fresh store. The batch path's store then deletes
 * every 20th document one by one (each delete's entity-index triggers work in a full store).
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { createPostgresStore } from '../src/store/postgres/postgres-store.ts';
import { createSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import type { KyselyStore } from '../src/store/kysely-store.ts';
import type { DocumentRecord } from '../src/store/store.ts';
import type { BenchRow, BenchSection } from './bench-report.ts';
import { batches, syntheticRecords } from './synthetic-records.ts';
import { postgresFloorSeconds, sqliteFloorSeconds } from './write-floors.ts';

export interface StoreWriteOptions {
  /** Analysed base records to vary. */
  readonly bases: readonly DocumentRecord[];
  readonly docs: number;
  readonly batchSize: number;
  /** A temporary folder for SQLite files. */
  readonly dir: string;
  /** PostgreSQL to measure too, when given and reachable. */
  readonly postgresUrl?: string;
  /** Measure SQLite too (default true). */
  readonly sqlite?: boolean;
}

/** The write rates on each database, as one section. */
export async function benchStoreWrites(options: StoreWriteOptions): Promise<BenchSection> {
  const { bases, docs, batchSize, dir } = options;
  const records = () => syntheticRecords(bases, docs);
  const rows: BenchRow[] = [];
  const rate = (seconds: number, n = docs) => `${Math.round(n / seconds).toLocaleString('en')} documents/s`;
  const deletes: { seconds: number; count: number }[] = [];
  const deleted = () => {
    const { seconds, count } = deletes.pop()!;
    return { metric: `  then deleteDocument, one by one (${count} of ${docs})`, value: rate(seconds, count) };
  };

  let n = 0;
  const sqlite = () => createSqliteStore(join(dir, `store-${n++}.db`));
  if (options.sqlite ?? true) {
    rows.push({ metric: 'sqlite: putDocument, one by one', value: rate(await timeOneByOne(sqlite(), records())) });
    rows.push({
      metric: `sqlite: putDocuments, batches of ${batchSize}`,
      value: rate(await timeBatches(sqlite(), batches(records(), batchSize), deletes)),
    });
    rows.push(deleted());
    rows.push({
      metric: `sqlite floor: text + FTS5 only, batches of ${batchSize}`,
      value: rate(sqliteFloorSeconds(dir, batches(records(), batchSize))),
    });
  }

  const url = options.postgresUrl;
  const down = url ? await unreachable(url) : 'no URL given';
  if (down || !url) {
    rows.push({ metric: 'postgres', value: `skipped: ${down}` });
  } else {
    const schemas: string[] = [];
    const postgres = (writers = 2) => {
      const schema = `concord_bench_${randomBytes(4).toString('hex')}`;
      schemas.push(schema);
      return createPostgresStore({ url, schema, max: 2, writers });
    };
    try {
      rows.push({
        metric: 'postgres: putDocument, one by one',
        value: rate(await timeOneByOne(postgres(), records())),
      });
      for (const writers of [1, 2]) {
        rows.push({
          metric: `postgres: putDocuments, batches of ${batchSize}, ${connections(writers)}`,
          value: rate(await timeBatches(postgres(writers), batches(records(), batchSize), deletes)),
        });
        rows.push(deleted());
      }
      for (const writers of [1, 2]) {
        const floorSchema = `concord_bench_floor_${randomBytes(4).toString('hex')}`;
        rows.push({
          metric: `postgres floor: text + tsvector/GIN only, batches of ${batchSize}, ${connections(writers)}`,
          value: rate(await postgresFloorSeconds(url, floorSchema, batches(records(), batchSize), writers)),
        });
      }
    } finally {
      await dropSchemas(url, schemas);
    }
  }
  return { title: `store writes alone (${docs} analysed documents, fresh stores)`, rows };
}

function connections(n: number): string {
  return n === 1 ? '1 connection' : `${n} connections at once`;
}

async function timeOneByOne(store: KyselyStore, records: Iterable<DocumentRecord>): Promise<number> {
  try {
    await store.migrate();
    let seconds = 0;
    for (const record of records) {
      const started = performance.now();
      await store.putDocument(record);
      seconds += (performance.now() - started) / 1000;
    }
    return seconds;
  } finally {
    await store.close();
  }
}

/** Seconds the batches took; the time of deleting every 20th document after is pushed to `deletes`. */
async function timeBatches(
  store: KyselyStore,
  recordBatches: Iterable<DocumentRecord[]>,
  deletes: { seconds: number; count: number }[],
): Promise<number> {
  try {
    await store.migrate();
    let seconds = 0;
    const ids: string[] = [];
    for (const batch of recordBatches) {
      const started = performance.now();
      const outcomes = await store.putDocuments(batch);
      seconds += (performance.now() - started) / 1000;
      const failed = outcomes.find((o) => !o.ok);
      if (failed && !failed.ok) throw new Error(`a benchmark document was refused: ${failed.error}`);
      for (const o of outcomes) if (o.ok) ids.push(o.id);
    }
    const doomed = ids.filter((_, i) => i % 20 === 0);
    const started = performance.now();
    for (const id of doomed) await store.deleteDocument(id, 'bench');
    deletes.push({ seconds: (performance.now() - started) / 1000, count: doomed.length });
    return seconds;
  } finally {
    await store.close();
  }
}

async function unreachable(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return undefined;
  } catch (error) {
    return `PostgreSQL unreachable (${(error as Error).message})`;
  } finally {
    await client.end().catch(() => {});
  }
}

async function dropSchemas(url: string, schemas: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}
