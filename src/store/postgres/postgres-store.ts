/**
 * @module postgres-store
 * Opens the store on PostgreSQL through a `pg` Pool. With a schema, every connection of the
 * pool gets `search_path` set to it, so tests and tenants never see each other's tables; every
 * connection gets the session settings search relies on (`SESSION_SETTINGS`).
 */
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from '../database-schema.ts';
import { KyselyStore } from '../kysely-store.ts';
import { createPostgresBatchWriter } from './postgres-batch-writer.ts';
import { postgresDialectConfig } from './postgres-dialect-config.ts';

/** Where the PostgreSQL store lives. */
export interface PostgresStoreOptions {
  readonly url: string;
  /** Schema to keep the tables in (created at migrate); default: the server's search_path. */
  readonly schema?: string;
  /** Pool size; default 10. */
  readonly max?: number;
  /** Connections one `putDocuments` batch is written over at once (default 2; see postgres-batch-writer.ts). */
  readonly writers?: number;
}

/**
 * Settings of every connection. Search ranks the first matches in storage order (see
 * postgres-full-text.ts), read by whichever plan is cheaper; both yield the same rows only if
 * a table scan starts at the first page (a synchronised scan starts where another one is) and
 * no parallel workers interleave rows. The store's queries are short, index-driven reads and
 * writes, which parallel workers would not speed up.
 */
const SESSION_SETTINGS = ['-c synchronize_seqscans=off', '-c max_parallel_workers_per_gather=0'];

/**
 * A store on PostgreSQL. Call `migrate()` before use.
 * @example const store = createPostgresStore({ url: 'postgres://postgres@127.0.0.1/concord' });
 */
export function createPostgresStore(options: PostgresStoreOptions): KyselyStore {
  const config = postgresDialectConfig(options.schema);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    options: [...(options.schema ? [`-c search_path=${options.schema}`] : []), ...SESSION_SETTINGS].join(' '),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return new KyselyStore(db, config, createPostgresBatchWriter(pool, { writers: options.writers }));
}
